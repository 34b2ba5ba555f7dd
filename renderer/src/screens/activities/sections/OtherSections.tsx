/** The shorter sections of the activity editor, in Art. 30 order. */
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ART22_BASES, DPIA_CRITERIA, DPIA_STATUSES, SOURCE_TYPES } from '../../../../../shared/domain/activity.ts';
import { CheckboxField, CheckboxGroupField, DateField, SelectField, TextAreaField, TextField } from '../../../components/form/controls.tsx';
import { Section } from '../../../components/Section.tsx';
import { CatalogueIdsField } from '../pick-fields.tsx';
import { NamedSourcesField } from './NamedSources.tsx';
import { InferredCriteria, ScaleFields, useInferredCriteria } from './InspectorFields.tsx';

/** Art. 14: where the data comes from. */
export function SourcesSection() {
  const { t } = useTranslation();
  return (
    <Section id="sec-sources" title={t('activity:sections.sources')}>
      <CheckboxGroupField name="sourceTypes" legend={t('fields:activity.sourceTypes')} options={SOURCE_TYPES.map((value) => ({ value, label: t(`fields:enums.sourceType.${value}`) }))} columns={2} />
      <TextAreaField name="sourceNotes" label={t('fields:activity.sourceNotes')} rows={2} />
      <NamedSourcesField />
    </Section>
  );
}

/** Art. 30(1)(g), Art. 32(1): technical and organisational security measures. */
export function SecuritySection() {
  const { t } = useTranslation();
  return (
    <Section id="sec-security" title={t('activity:sections.security')}>
      <CatalogueIdsField name="securityMeasureIds" catalogue="securityMeasures" legend={t('fields:activity.securityMeasureIds')} />
      <TextAreaField name="securityNotes" label={t('fields:activity.securityNotes')} />
    </Section>
  );
}

export function SystemsSection() {
  const { t } = useTranslation();
  return (
    <Section id="sec-systems" title={t('activity:sections.systems')}>
      <div className="form-grid">
        <TextAreaField name="systems" label={t('fields:activity.systems')} rows={2} />
        <TextField name="dataLocation" label={t('fields:activity.dataLocation')} hint={t('activity:systems.dataLocationHint')} />
      </div>
    </Section>
  );
}

/** Art. 22: automated individual decisions and profiling. */
export function AutomatedSection() {
  const { t } = useTranslation();
  const [decision, profiling, logic, legalEffect] = useWatch({ name: ['automatedDecision', 'profiling', 'automatedDecisionLogic', 'automatedDecisionLegalEffect'] }) as [boolean, boolean, string, boolean];
  const label = (field: string) => t(`fields:activity.${field}`);
  return (
    <Section id="sec-automated" title={t('activity:sections.automated')}>
      <div className="field-group">
        <CheckboxField name="automatedDecision" label={label('automatedDecision')} />
        {decision && <CheckboxField name="automatedDecisionLegalEffect" label={label('automatedDecisionLegalEffect')} className="nested" />}
        {decision && !legalEffect && (
          <TextAreaField name="automatedDecisionNoEffectReason" label={label('automatedDecisionNoEffectReason')} hint={t('activity:inspector.noEffectReasonHint')} rows={2} className="nested" />
        )}
        <CheckboxField name="profiling" label={label('profiling')} />
        {profiling && <TextField name="profilingInformation" label={label('profilingInformation')} hint={t('activity:inspector.profilingInformationHint')} className="nested" />}
      </div>
      {(decision || profiling || logic) && (
        <>
          <TextAreaField name="automatedDecisionLogic" label={label('automatedDecisionLogic')} rows={2} />
          <SelectField name="art22Basis" label={label('art22Basis')} options={ART22_BASES.map((value) => ({ value, label: t(`fields:enums.art22Basis.${value}`) }))} emptyLabel={t('editor:form.none')} />
        </>
      )}
    </Section>
  );
}

/** WP248 screening and the DPIA's status. */
export function DpiaSection() {
  const { t } = useTranslation();
  const { inferred, all } = useInferredCriteria();
  const label = (field: string) => t(`fields:activity.${field}`);
  return (
    <Section id="sec-dpia" title={t('activity:sections.dpia')}>
      <ScaleFields />
      <CheckboxGroupField name="dpiaCriteria" legend={label('dpiaCriteria')} options={DPIA_CRITERIA.map((value) => ({ value, label: t(`fields:enums.dpiaCriterion.${value}`) }))} columns={2}>
        <InferredCriteria inferred={inferred} />
        <p className={all.length >= 2 ? 'dpia-count dpia-count-high' : 'dpia-count'} role="status">
          {t('activity:dpia.count', { count: all.length })}
        </p>
      </CheckboxGroupField>
      <div className="form-grid form-grid-3">
        <SelectField name="dpiaStatus" label={label('dpiaStatus')} options={DPIA_STATUSES.map((value) => ({ value, label: t(`fields:enums.dpiaStatus.${value}`) }))} />
        <TextField name="dpiaReference" label={label('dpiaReference')} />
        <DateField name="dpiaCompletedOn" label={label('dpiaCompletedOn')} />
      </div>
      <TextAreaField name="dpiaNotes" label={label('dpiaNotes')} rows={2} />
    </Section>
  );
}

/** Art. 24(1): when the record was last confirmed and when it is due again; `action` records a review ("mark as reviewed"). */
export function ReviewSection({ action }: { action?: ReactNode }) {
  const { t } = useTranslation();
  const label = (field: string) => t(`fields:activity.${field}`);
  return (
    <Section id="sec-review" title={t('activity:sections.review')}>
      <div className="form-grid form-grid-3">
        <DateField name="lastReviewedOn" label={label('lastReviewedOn')} />
        <TextField name="reviewedBy" label={label('reviewedBy')} />
        <DateField name="nextReviewOn" label={label('nextReviewOn')} />
      </div>
      {action}
    </Section>
  );
}

export function NotesSection() {
  const { t } = useTranslation();
  return (
    <Section id="sec-notes" title={t('activity:sections.notes')}>
      <TextAreaField name="notes" label={t('fields:activity.notes')} rows={4} />
    </Section>
  );
}
