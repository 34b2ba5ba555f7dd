/**
 * A template previewed before the DPO chooses it: purposes with their legal
 * bases, data subjects, each data category with its retention rule and the
 * rule's Latvian legal source to the article, recipients and DPIA criteria.
 */
import { useTranslation } from 'react-i18next';
import type { TemplatePreview, TemplatePreviewRule } from '../../../../shared/contract/template-library.ts';
import { sourceCheckParams } from '../../../../shared/templates/schema.ts';

function NameList({ names }: { names: string[] }) {
  return names.length === 0 ? <p className="muted">—</p> : <ul>{names.map((name, index) => <li key={`${index}-${name}`}>{name}</li>)}</ul>;
}

function RuleLine({ rule }: { rule: TemplatePreviewRule }) {
  const { t } = useTranslation('library');
  const period = rule.periodValue !== null && rule.periodUnit ? t('rule.period', { value: rule.periodValue, unit: t(`fields:enums.periodUnit.${rule.periodUnit}`) }) : rule.criterion;
  return (
    <span className="template-rule">
      <strong>{period}</strong>
      {' · '}
      {rule.legalSource ? t('rule.source', { law: rule.legalSource, article: rule.legalArticle }) : t('rule.noSource')}
      {rule.startEvent && ` · ${t('rule.start', { event: rule.startEvent })}`}
      {` · ${t('rule.action', { action: t(`fields:enums.expiryAction.${rule.actionAtExpiry}`) })}`}
      <span className="muted"> ({t(`templates:sourceCheck.${rule.sourceCheck}`, sourceCheckParams(rule.verifiedFrom))})</span>
    </span>
  );
}

export function TemplatePreviewPanel({ preview }: { preview: TemplatePreview }) {
  const { t } = useTranslation('library');
  return (
    <article className="template-preview" aria-label={t('previewOf', { name: preview.name })} data-testid="template-preview">
      <h3>{preview.name}</h3>
      <p>{preview.description}</p>
      <h4>{t('sections.purposes')}</h4>
      <ul>
        {preview.purposes.map((purpose, index) => (
          <li key={index}>
            {purpose.description} — <em>{purpose.legalBases.join('; ')}</em>
            {purpose.legitimateInterest && <div className="muted">{t('sections.legitimateInterest', { text: purpose.legitimateInterest })}</div>}
          </li>
        ))}
      </ul>
      {preview.art9Conditions.length > 0 && (
        <>
          <h4>{t('sections.art9')}</h4>
          <NameList names={preview.art9Conditions} />
        </>
      )}
      {preview.art10Basis && (
        <>
          <h4>{t('sections.art10')}</h4>
          <p>{preview.art10Basis}</p>
        </>
      )}
      <h4>{t('sections.subjects')}</h4>
      <NameList names={preview.dataSubjects} />
      <h4>{t('sections.data')}</h4>
      <ul>
        {preview.dataCategories.map((row, index) => (
          <li key={`${index}-${row.name}`}>
            {row.name}: {row.retentionRule ? <RuleLine rule={row.retentionRule} /> : <span className="muted">{t('sections.noRule')}</span>}
          </li>
        ))}
      </ul>
      <h4>{t('sections.recipients')}</h4>
      <NameList names={preview.recipients} />
      <h4>{t('sections.dpia')}</h4>
      {preview.dpiaCriteria.length === 0 ? <p className="muted">{t('sections.noDpia')}</p> : <NameList names={preview.dpiaCriteria.map((criterion) => t(`fields:enums.dpiaCriterion.${criterion}`))} />}
      {preview.notes && (
        <>
          <h4>{t('sections.notes')}</h4>
          <p>{preview.notes}</p>
        </>
      )}
    </article>
  );
}
