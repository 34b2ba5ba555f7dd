/**
 * Izmaiņu vēsture: every change to the register, newest first, or the
 * changes of one record; each opens to show the changed fields before and
 * after. The hash chain can be checked from here.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainVerdict } from '../../../../shared/contract/activities.ts';
import { ENTITY_TYPES, type EntityType, type HistoryEntry } from '../../../../shared/domain/history.ts';
import { localName } from '../../../../shared/domain/catalogues.ts';
import { formatTimestamp } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { describeValue, fieldChanges, type ValueWords } from './history-diff.ts';
import { AsOfHistoryNote, AsOfPicker } from '../versions/AsOf.tsx';
import { ChangesPanel } from '../versions/ChangesPanel.tsx';
import { HistoryRangeFilters, NO_RANGE, RestoreButton, rangeQuery, type HistoryRange } from '../versions/HistoryTools.tsx';
import { RecordsVerdictNotice } from './RecordsVerdictNotice.tsx';

const PAGE = 50;

/** The fields namespace section that labels a record type's fields. */
function fieldsSection(type: EntityType): string {
  if (type === 'activity' || type === 'processor' || type === 'retentionRule' || type === 'organisation') return type;
  return 'catalogue';
}

export function HistoryScreen({ entityType, entityId, compareFrom }: { entityType?: EntityType; entityId?: string; compareFrom?: string }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data } = useRegisterData();
  const filterId = useId();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [range, setRange] = useState<HistoryRange>(NO_RANGE);

  const load = useCallback(
    async (beforeSeq?: number) => {
      try {
        const page = await call('history:list', { entityType, entityId, beforeSeq, limit: PAGE, ...rangeQuery(range) });
        setEntries((current) => (beforeSeq ? [...(current ?? []), ...page] : page));
        setMore(page.length === PAGE);
      } catch (error) {
        reportError(error);
      }
    },
    [entityType, entityId, range, reportError],
  );
  useEffect(() => {
    setEntries(null);
    void load();
  }, [load]);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (!data) return map;
    for (const list of Object.values(data.catalogues)) for (const entry of list as Array<{ id: string; nameLv: string; nameEn: string }>) map.set(entry.id, localName(entry, language));
    for (const p of data.processors) map.set(p.id, p.name);
    for (const r of data.retentionRules) map.set(r.id, r.name);
    for (const o of data.organisations) map.set(o.id, o.name);
    return map;
  }, [data, language]);

  const single = entityId ? entries?.[0]?.label : undefined;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={single ? t('screens:history.titleFor', { label: single }) : t('screens:history.title')}
        subtitle={t('screens:history.lead')}
        actions={
          <>
            {entityId && entityType === 'activity' && (
              <button type="button" onClick={() => navigate({ screen: 'activity', id: entityId })}>
                {t('screens:history.openActivity')}
              </button>
            )}
            {entityId && (
              <button type="button" onClick={() => navigate({ screen: 'history' })}>
                {t('screens:history.whole')}
              </button>
            )}
            <button type="button" onClick={() => call('history:verify', {}).then(setVerdict).catch(reportError)}>
              {t('screens:history.verify')}
            </button>
          </>
        }
      />
      <AsOfHistoryNote />
      {verdict && <ChainVerdictNotice verdict={verdict} />}
      {verdict?.records && <RecordsVerdictNotice records={verdict.records} fingerprint={verdict.fingerprint} />}
      {!entityId && (
        <div className="filter-bar">
          <div className="filter">
            <label htmlFor={filterId}>{t('screens:history.filterType')}</label>
            <select id={filterId} value={entityType ?? ''} onChange={(event) => navigate({ screen: 'history', entityType: (event.target.value || undefined) as EntityType | undefined })}>
              <option value="">{t('screens:history.allTypes')}</option>
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`screens:history.types.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <HistoryRangeFilters range={range} onChange={setRange} />
        </div>
      )}
      {!entityId && <AsOfPicker />}
      {!entityId && <ChangesPanel names={names} initialFrom={compareFrom} />}
      {entries === null && <p>{t('loading')}</p>}
      {entries?.length === 0 && <p className="muted">{t('screens:history.empty')}</p>}
      <ol className="history-list" data-testid="history-list">
        {entries?.map((entry, index) => (
          <HistoryItem key={entry.seq} entry={entry} names={names} startOpen={Boolean(entityId) && index === 0} />
        ))}
      </ol>
      {more && entries && (
        <button type="button" onClick={() => void load(entries[entries.length - 1]?.seq)}>
          {t('screens:history.older')}
        </button>
      )}
    </section>
  );
}

/** What the check of the hash chain found: intact (with the newest entry's hash), or the first entry that breaks it. */
function ChainVerdictNotice({ verdict }: { verdict: ChainVerdict }) {
  const { t, i18n } = useTranslation('editor');
  const broken = verdict.firstBroken;
  if (verdict.intact || !broken) {
    return (
      <div className="notice notice-success chain-verdict" role="status">
        <span>
          {t('screens:history.intact', { count: verdict.entries })} {t('filesUi:verify.head')} <code className="hash">{verdict.headHash}</code>
        </span>
      </div>
    );
  }
  const typeKey = `screens:history.types.${broken.entityType}`;
  return (
    <section className="panel panel-error chain-broken" role="alert" aria-labelledby="chain-broken-title" data-testid="chain-broken">
      <h2 id="chain-broken-title">{t('filesUi:verify.brokenTitle')}</h2>
      <p>{t('filesUi:verify.brokenLead')}</p>
      <dl className="facts">
        <dt>{t('filesUi:verify.seq')}</dt>
        <dd>{broken.seq}</dd>
        <dt>{t('filesUi:verify.at')}</dt>
        <dd>{formatTimestamp(broken.at)}</dd>
        <dt>{t('filesUi:verify.record')}</dt>
        <dd>
          {i18n.exists(typeKey) ? t(typeKey) : broken.entityType}: “{broken.label}” <span className="muted">({broken.entityId})</span>
        </dd>
        <dt>{t('filesUi:verify.reason')}</dt>
        <dd>{t(`safety:verifyReasons.${broken.reason}`)}</dd>
      </dl>
      <p className="muted">{t('filesUi:verify.whatToDo')}</p>
    </section>
  );
}

function HistoryItem({ entry, names, startOpen }: { entry: HistoryEntry; names: Map<string, string>; startOpen: boolean }) {
  const { t, i18n } = useTranslation('editor');
  const [open, setOpen] = useState(startOpen);
  const detailsId = useId();
  const section = fieldsSection(entry.entityType);
  const firstLabel = (keys: string[], field: string) => {
    const key = keys.find((candidate) => i18n.exists(candidate));
    return key ? t(key) : field;
  };
  const labelOf = (field: string) => firstLabel([`fields:${section}.${field}`, `screens:history.fields.${field}`], field);
  const nestedLabel = (field: string) => firstLabel([`screens:history.fields.${field}`, `fields:${section}.${field}`], field);
  const words: ValueWords = { yes: t('common:yes'), no: t('common:no'), none: t('common:none'), nameOf: (id) => names.get(id), labelOf: nestedLabel };
  const changes = fieldChanges(entry.before, entry.after);
  return (
    <li className="history-item" data-testid="history-item">
      <div className="history-head">
        <span className={`badge badge-${entry.action}`}>{t(`screens:history.actions.${entry.action}`)}</span>
        <span className="history-what">
          <span className="muted">{t(`screens:history.types.${entry.entityType}`)}:</span> <strong>{entry.label}</strong>
        </span>
        <time dateTime={entry.at} className="muted">
          {formatTimestamp(entry.at)}
        </time>
        <span className="muted history-author" title={t('versions:ui.author')}>
          {entry.author ?? t('versions:unknownAuthor')}
        </span>
        <button type="button" className="button-small" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {open ? t('screens:history.hideChanges') : t('screens:history.showChanges', { count: changes.length })}
        </button>
        <RestoreButton entry={entry} />
      </div>
      {open && (
        <div id={detailsId}>
          {changes.length === 0 ? (
            <p className="muted">{t('screens:history.noFieldChanges')}</p>
          ) : (
            <table className="diff-table">
              <caption className="visually-hidden">{t('screens:history.diffCaption', { label: entry.label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('screens:history.field')}</th>
                  <th scope="col">{t('screens:history.before')}</th>
                  <th scope="col">{t('screens:history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{labelOf(change.field)}</th>
                    <td className="diff-before">{describeValue(change.before, words, change.field)}</td>
                    <td className="diff-after">{describeValue(change.after, words, change.field)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </li>
  );
}
