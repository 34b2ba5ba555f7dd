/**
 * Apstrādes darbību bibliotēka: the DPO searches the templates (the built-in
 * Latvian library and the register's own), narrows them to an area, previews
 * one, picks several at once and makes them draft activities of the chosen
 * organisation through `templates:apply` (catalogue entries and retention
 * rules are linked, created once and reused, in main). Template sets are
 * exported and imported here too.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplatePreview } from '../../../../shared/contract/template-library.ts';
import { TEMPLATE_GROUPS, type TemplateGroup, type TemplateSummary } from '../../../../shared/templates/schema.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { chosenInOrder, filterTemplates, NO_LIBRARY_FILTER, type LibraryFilter } from './library-filter.ts';
import { TemplatePreviewPanel } from './TemplatePreviewPanel.tsx';
import { TemplateSetTools } from './TemplateSetTools.tsx';
import { OrganisationField } from '../files/OptionFields.tsx';

export function LibraryScreen() {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError, announce } = useNotices();
  const { data, reload } = useRegisterData();
  const id = useId();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>(NO_LIBRARY_FILTER);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<TemplatePreview | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [listVersion, setListVersion] = useState(0);
  const organisations = useMemo(() => data?.organisations ?? [], [data]);

  useEffect(() => {
    let current = true;
    call('templates:list', { language })
      .then((list) => current && setTemplates(list))
      .catch(reportError);
    return () => {
      current = false;
    };
  }, [language, listVersion, reportError]);
  useEffect(() => {
    // One organisation: it is the one (the usual SME register).
    if (!organisationId && organisations.length === 1 && organisations[0]) setOrganisationId(organisations[0].id);
  }, [organisations, organisationId]);

  const groupName = (group: TemplateGroup) => t(`templates:groups.${group}`);
  const shown = useMemo(() => filterTemplates(templates ?? [], filter, (group) => t(`templates:groups.${group}`)), [templates, filter, t]);
  const toggle = (templateId: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(templateId)) next.delete(templateId);
      else next.add(templateId);
      return next;
    });
  const showPreview = (templateId: string) => call('templates:preview', { id: templateId, language }).then(setPreview, reportError);

  const apply = async () => {
    const templateIds = chosenInOrder(templates ?? [], chosen);
    if (templateIds.length === 0) return setProblem(t('needChoice'));
    if (!organisationId) return setProblem(t('needOrganisation'));
    setProblem('');
    setBusy(true);
    try {
      const result = await call('templates:apply', { organisationId, templateIds, language });
      await reload();
      announce(
        t('templates:applied', {
          count: result.activities.length,
          numbers: result.activities.map((activity) => activity.number).join(', '),
          rules: result.createdRetentionRules.length,
          entries: result.createdCatalogueEntries.length,
        }),
      );
      navigate({ screen: 'activities' });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screen library" aria-labelledby="screen-title">
      <PageHeader title={t('title')} subtitle={t('lead')} />
      <div className="filter-bar" role="search">
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('search')}</label>
          <input id={`${id}-search`} type="search" value={filter.query} onChange={(event) => setFilter((f) => ({ ...f, query: event.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('group')}</label>
          <select id={`${id}-group`} value={filter.group} onChange={(event) => setFilter((f) => ({ ...f, group: event.target.value as TemplateGroup | '' }))}>
            <option value="">{t('allGroups')}</option>
            {TEMPLATE_GROUPS.map((group) => (
              <option key={group} value={group}>
                {groupName(group)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="library-columns">
        <section className="panel" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>{t('templates')}</h2>
          <p className="muted" aria-live="polite">
            {templates ? t('shown', { shown: shown.length, total: templates.length }) : t('editor:loading')}
          </p>
          {templates && shown.length === 0 && <p>{t('noMatches')}</p>}
          <ul className="template-list" data-testid="template-list">
            {shown.map((template) => (
              <li key={template.id} className={chosen.has(template.id) ? 'template-item chosen' : 'template-item'}>
                <input id={`${id}-${template.id}`} type="checkbox" checked={chosen.has(template.id)} onChange={() => toggle(template.id)} />
                <label htmlFor={`${id}-${template.id}`} className="template-name">
                  {template.name}
                </label>
                <span className="muted template-meta">
                  {groupName(template.group)}
                  {template.origin === 'own' && ` · ${t('own')}`}
                  {template.legalBasisPoints.length > 0 && ` · ${t('bases', { points: template.legalBasisPoints.join(', ') })}`}
                </span>
                <button type="button" className="link" onClick={() => void showPreview(template.id)} aria-label={`${t('preview')}: ${template.name}`}>
                  {t('preview')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        {/* Scrolls on its own: focusable, so a keyboard reaches all of it. */}
        <section className="panel library-preview" aria-live="polite" tabIndex={0} aria-label={t('preview')}>
          {preview ? <TemplatePreviewPanel preview={preview} /> : <p className="muted">{t('previewHint')}</p>}
        </section>
      </div>
      <section className="panel library-apply" aria-labelledby={`${id}-apply`}>
        <h2 id={`${id}-apply`}>{t('chosen', { count: chosen.size })}</h2>
        {organisations.length === 0 ? (
          <p className="notice notice-warning">
            {t('noOrganisation')}{' '}
            <button type="button" className="link" onClick={() => navigate({ screen: 'organisation', id: 'new' })}>
              {t('addOrganisation')}
            </button>
          </p>
        ) : (
          <OrganisationField organisations={organisations} value={organisationId} onChange={setOrganisationId} label={t('organisation')} emptyLabel={t('chooseOrganisation')} />
        )}
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button-primary" disabled={busy} onClick={() => void apply()}>
            {busy ? t('applying') : t('apply')}
          </button>
          <button type="button" disabled={chosen.size === 0} onClick={() => setChosen(new Set())}>
            {t('clear')}
          </button>
        </div>
      </section>
      <TemplateSetTools hasOwn={(templates ?? []).some((template) => template.origin === 'own')} onImported={() => setListVersion((v) => v + 1)} />
    </section>
  );
}
