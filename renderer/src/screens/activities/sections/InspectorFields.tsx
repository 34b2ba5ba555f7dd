/**
 * The editor's part of the inspector-like checks (docs/inspector-checks.md):
 * the approximate numbers of data subjects and records, and the WP248
 * criteria the record's own content shows, listed beside the ticked ones
 * with what each was inferred from. The inference is the same pure function
 * the checks run (shared/rules/dpia-inference.ts), run on the form as the
 * DPO types.
 */
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DpiaCriterion, InferenceInputFields } from './inspector-watch.ts';
import { INFERENCE_FIELDS } from './inspector-watch.ts';
import { allCriteria, inferDpiaCriteria, inferredFromText, type InferredCriterion } from '../../../../../shared/rules/dpia-inference.ts';
import { useRegisterData } from '../../../api/register-data.tsx';
import { NumberField } from '../../../components/form/controls.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';

/** Approximate scale: what the large-scale criterion and the DPO rule read. */
export function ScaleFields() {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <NumberField name="approxSubjects" label={t('fields:activity.approxSubjects')} hint={t('activity:inspector.approxSubjectsHint')} />
      <NumberField name="approxRecords" label={t('fields:activity.approxRecords')} hint={t('activity:inspector.approxRecordsHint')} />
    </div>
  );
}

/** The criteria inferred from the form as it stands, with the organisation's threshold. */
export function useInferredCriteria(): { inferred: InferredCriterion[]; all: DpiaCriterion[] } {
  const { data } = useRegisterData();
  const values = useWatch({ name: [...INFERENCE_FIELDS] }) as unknown[];
  const form = Object.fromEntries(INFERENCE_FIELDS.map((name, index) => [name, values[index]])) as InferenceInputFields;
  if (!data) return { inferred: [], all: form.dpiaCriteria ?? [] };
  const lookups = {
    dataCategories: new Map(data.catalogues.dataCategories.map((c) => [c.id, c])),
    subjectCategories: new Map(data.catalogues.dataSubjectCategories.map((c) => [c.id, c])),
  };
  const threshold = data.organisations.find((o) => o.id === form.organisationId)?.largeScaleThreshold;
  const approxSubjects = typeof form.approxSubjects === 'number' ? form.approxSubjects : null;
  const inferred = inferDpiaCriteria(
    {
      name: form.name ?? '',
      description: form.description ?? '',
      purposes: form.purposes ?? [],
      systems: form.systems ?? '',
      sourceNotes: form.sourceNotes ?? '',
      sourceTypes: form.sourceTypes ?? [],
      dataCategories: form.dataCategories ?? [],
      dataSubjectCategoryIds: form.dataSubjectCategoryIds ?? [],
      automatedDecision: form.automatedDecision ?? false,
      automatedDecisionNoEffectReason: form.automatedDecisionNoEffectReason ?? '',
      profiling: form.profiling ?? false,
      approxSubjects,
    },
    lookups,
    threshold,
  );
  return { inferred, all: allCriteria(form.dpiaCriteria ?? [], inferred) };
}

/** "Sistemātiska uzraudzība — secināts no: videonovērošana", one line per inferred criterion. */
export function InferredCriteria({ inferred }: { inferred: InferredCriterion[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div className="dpia-inferred" role="group" aria-labelledby="dpia-inferred-title">
      <p id="dpia-inferred-title" className="field-label">
        {t('fields:activity.dpiaInferred')}
      </p>
      <p className="field-hint">{t('activity:inspector.inferredHint')}</p>
      {inferred.length === 0 ? (
        <p className="dpia-inferred-none">{t('activity:inspector.inferredNone')}</p>
      ) : (
        <ul className="dpia-inferred-list">
          {inferred.map((item) => (
            <li key={item.criterion} data-criterion={item.criterion}>
              <strong>{t(`fields:enums.dpiaCriterion.${item.criterion}`)}</strong> ({inferredFromText(item, language)})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
