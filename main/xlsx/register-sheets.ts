/**
 * The two register sheets: the controller's record (Art. 30(1)), one row per
 * activity with its columns in the order of art30-fields.md, and the
 * processor's record (Art. 30(2)). Headers are the GDPR's own terms in the
 * chosen language (shared/i18n `fields` and `xlsx`).
 */
import { activityBasesLine, namedSourceLines, purposeBaseNames } from '../../shared/bases-sources-text.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { formatDate } from '../../shared/format.ts';
import { documentInference, inferredLines } from '../../shared/rules/dpia-inference.ts';
import { isoToCellDate } from './cells.ts';
import {
  activityTitle,
  joined,
  lines,
  organisationContact,
  organisationDpo,
  organisationRepresentative,
  ruleSummary,
  type RegisterText,
} from './register-text.ts';
import { WIDTH, tableSheet, type Column, type SheetSpec } from './sheet-model.ts';

/** Purposes numbered when there are several, so the legal basis lines can refer to them. */
function perPurpose(activity: Activity, render: (purpose: Activity['purposes'][number]) => string): string {
  const numbered = activity.purposes.length > 1;
  return lines(
    activity.purposes.map((purpose, index) => {
      const line = render(purpose);
      return line && numbered ? `${index + 1}. ${line}` : line;
    }),
  );
}

/** The activity's own bases first, when it states any; then each purpose's effective bases, inherited ones marked. */
function legalBases(text: RegisterText, activity: Activity): string {
  const name = (id: string) => {
    const entry = text.entry('legalBases', id);
    return entry ? `6(1)(${entry.gdprPoint}) ${text.name('legalBases', id)}${entry.lawReference ? ` (${entry.lawReference})` : ''}` : id;
  };
  return lines([activityBasesLine(activity, name, text.t), perPurpose(activity, (purpose) => joined(purposeBaseNames(activity, purpose, name, text.t), '; '))]);
}

function legitimateInterests(text: RegisterText, activity: Activity): string {
  const { t } = text;
  return perPurpose(activity, (purpose) =>
    joined(
      [
        purpose.legitimateInterest,
        purpose.legitimateInterestAssessment && `${t('fields:activity.legitimateInterestAssessment')}: ${purpose.legitimateInterestAssessment}`,
        purpose.legitimateInterestAssessedOn && formatDate(purpose.legitimateInterestAssessedOn),
      ],
      '; ',
    ),
  );
}

function dataCategories(text: RegisterText, activity: Activity): string {
  return lines(
    activity.dataCategories.map((row) => {
      const kind = text.entry('dataCategories', row.dataCategoryId)?.kind;
      const flag = kind === 'special' ? ` (${text.t('xlsx:text.special')})` : kind === 'criminal' ? ` (${text.t('xlsx:text.criminal')})` : '';
      return joined([`${text.name('dataCategories', row.dataCategoryId)}${flag}`, row.notes], ' — ');
    }),
  );
}

function retention(text: RegisterText, activity: Activity): string {
  return lines(
    activity.dataCategories.map((row) => {
      const rule = text.rule(row.retentionRuleId);
      const what = rule ? `${rule.name}: ${ruleSummary(text, rule)}` : text.t('xlsx:text.noRule');
      return `${text.name('dataCategories', row.dataCategoryId)} — ${what}`;
    }),
  );
}

function transfers(text: RegisterText, activity: Activity): string {
  if (activity.transfersNone) return text.t('model:none.transfers');
  return lines(activity.transfers.map((transfer) => joined([text.name('countries', transfer.countryId), text.processor(transfer.processorId)?.name], ' — ')));
}

function transferSafeguards(text: RegisterText, activity: Activity): string {
  const { t } = text;
  return lines(
    activity.transfers.map((transfer) => {
      const details = joined(
        [
          text.name('transferMechanisms', transfer.transferMechanismId),
          transfer.safeguardDocuments,
          transfer.derogationJustification && `${t('fields:activity.derogationJustification')}: ${transfer.derogationJustification}`,
          transfer.notes,
        ],
        '; ',
      );
      return `${text.name('countries', transfer.countryId)}: ${details || t('common:none')}`;
    }),
  );
}

function automatedDecision(text: RegisterText, activity: Activity): string {
  const { t } = text;
  if (!activity.automatedDecision) return text.yesNo(false);
  return lines([
    text.yesNo(true),
    activity.automatedDecisionLegalEffect && t('fields:activity.automatedDecisionLegalEffect'),
    activity.art22Basis && `${t('fields:activity.art22Basis')}: ${text.label('art22Basis', activity.art22Basis)}`,
  ]);
}

/** An approximate count as text: "" when not estimated. */
const approximate = (count: number | null): string => (count === null ? '' : String(count));

function named(text: RegisterText, activity: Activity, role: 'joint' | 'other'): string {
  return lines(
    activity.processors
      .filter((link) => (text.processor(link.processorId)?.role === 'joint_controller') === (role === 'joint'))
      .map((link) => {
        const processor = text.processor(link.processorId);
        return joined([processor ? joined([processor.name, role === 'joint' ? processor.contact : '']) : link.processorId, link.notes], ' — ');
      }),
  );
}

/** The columns both registers share at their end: status and dates. */
function statusColumns(text: RegisterText): Array<Column<Activity>> {
  const { t } = text;
  return [
    { header: t('fields:activity.status'), width: WIDTH.short, value: (a) => text.label('status', a.status) },
    { header: t('fields:activity.createdOn'), width: WIDTH.date, type: 'date', value: (a) => isoToCellDate(a.createdOn) },
    { header: t('fields:activity.lastReviewedOn'), width: WIDTH.date, type: 'date', value: (a) => isoToCellDate(a.lastReviewedOn) },
    { header: t('fields:activity.reviewedBy'), width: WIDTH.short, value: (a) => a.reviewedBy },
    { header: t('fields:activity.nextReviewOn'), width: WIDTH.date, type: 'date', value: (a) => isoToCellDate(a.nextReviewOn) },
    { header: t('fields:activity.endedOn'), width: WIDTH.date, type: 'date', value: (a) => isoToCellDate(a.endedOn) },
    { header: t('fields:activity.replacedById'), width: WIDTH.short, value: (a) => (a.replacedById ? activityTitle(text.activity(a.replacedById) ?? { number: a.replacedById, name: '' }) : '') },
    { header: t('fields:activity.notes'), width: WIDTH.long, value: (a) => a.notes },
  ];
}

/** Which record it is: number, name, kind in the GDPR's words ("Pārzinis (30. panta 1. punkts)", as the PDF heads each activity), description and owner. */
function identityColumns(text: RegisterText): Array<Column<Activity>> {
  const { t } = text;
  return [
    { header: t('fields:activity.number'), width: WIDTH.number, value: (a) => a.number },
    { header: t('fields:activity.name'), width: WIDTH.medium, value: (a) => a.name },
    { header: t('fields:activity.kind'), width: WIDTH.short, value: (a) => text.label('kind', a.kind) },
    { header: t('fields:activity.description'), width: WIDTH.long, value: (a) => a.description },
    { header: t('fields:activity.ownerUnit'), width: WIDTH.short, value: (a) => a.ownerUnit },
    { header: t('fields:activity.ownerPerson'), width: WIDTH.short, value: (a) => a.ownerPerson },
  ];
}

function securityColumns(text: RegisterText): Array<Column<Activity>> {
  const { t } = text;
  return [
    { header: t('fields:activity.securityMeasureIds'), width: WIDTH.long, value: (a) => lines(a.securityMeasureIds.map((id) => text.name('securityMeasures', id))) },
    { header: t('fields:activity.securityNotes'), width: WIDTH.long, value: (a) => a.securityNotes },
    { header: t('fields:activity.systems'), width: WIDTH.medium, value: (a) => a.systems },
    { header: t('fields:activity.dataLocation'), width: WIDTH.medium, value: (a) => a.dataLocation },
  ];
}

/**
 * What both records say about the processing itself, from its purposes to its
 * DPIA: the PDF prints these for every activity, so both sheets carry them
 * (an Art. 30(2) record's data subjects and data categories included).
 */
function contentColumns(text: RegisterText, kind: Activity['kind']): Array<Column<Activity>> {
  const { t } = text;
  const inferred = documentInference(text.document);
  return [
    { header: t('fields:activity.purposes'), width: WIDTH.long, value: (a) => perPurpose(a, (p) => p.description) },
    { header: t('fields:activity.legalBasisIds'), width: WIDTH.long, value: (a) => legalBases(text, a) },
    { header: t('xlsx:headers.legitimateInterests'), width: WIDTH.long, value: (a) => legitimateInterests(text, a) },
    {
      header: t('fields:activity.art9ConditionIds'),
      width: WIDTH.long,
      value: (a) => lines([...a.art9ConditionIds.map((id) => `9(2)(${text.entry('art9Conditions', id)?.point ?? '?'}) ${text.name('art9Conditions', id)}`), a.art9Notes]),
    },
    { header: t('fields:activity.art10Basis'), width: WIDTH.medium, value: (a) => a.art10Basis },
    { header: t('fields:activity.dataSubjectCategoryIds'), width: WIDTH.medium, value: (a) => lines(a.dataSubjectCategoryIds.map((id) => text.name('dataSubjectCategories', id))) },
    { header: t('fields:activity.dataCategories'), width: WIDTH.long, value: (a) => dataCategories(text, a) },
    { header: t('fields:activity.sourceTypes'), width: WIDTH.medium, value: (a) => lines([...a.sourceTypes.map((s) => text.label('sourceType', s)), a.sourceNotes, ...namedSourceLines(a.namedSources, (id) => text.name('dataCategories', id), text.t)]) },
    {
      header: t('fields:activity.recipients'),
      width: WIDTH.medium,
      value: (a) =>
        a.recipientsNone ? t('model:none.recipients') : lines(a.recipients.map((r) => joined([text.name('recipientCategories', r.recipientCategoryId), r.notes], ' — '))),
    },
    { header: t(kind === 'controller' ? 'fields:activity.processors' : 'xlsx:headers.subProcessors'), width: WIDTH.medium, value: (a) => (a.processorsNone ? t('model:none.processors') : named(text, a, 'other')) },
    { header: t('fields:activity.transfers'), width: WIDTH.medium, value: (a) => transfers(text, a) },
    { header: t('xlsx:headers.transferSafeguards'), width: WIDTH.long, value: (a) => transferSafeguards(text, a) },
    { header: t('fields:activity.retention'), width: WIDTH.long, value: (a) => retention(text, a) },
    ...securityColumns(text),
    { header: t('fields:activity.automatedDecision'), width: WIDTH.medium, value: (a) => automatedDecision(text, a) },
    { header: t('fields:activity.automatedDecisionNoEffectReason'), width: WIDTH.medium, value: (a) => a.automatedDecisionNoEffectReason },
    { header: t('fields:activity.profiling'), width: WIDTH.number, value: (a) => text.yesNo(a.profiling) },
    { header: t('fields:activity.profilingInformation'), width: WIDTH.medium, value: (a) => a.profilingInformation },
    { header: t('fields:activity.automatedDecisionLogic'), width: WIDTH.medium, value: (a) => a.automatedDecisionLogic },
    { header: t('fields:activity.approxSubjects'), width: WIDTH.number, value: (a) => approximate(a.approxSubjects) },
    { header: t('fields:activity.approxRecords'), width: WIDTH.number, value: (a) => approximate(a.approxRecords) },
    { header: t('fields:activity.dpiaStatus'), width: WIDTH.short, value: (a) => text.label('dpiaStatus', a.dpiaStatus) },
    { header: t('fields:activity.dpiaCriteria'), width: WIDTH.medium, value: (a) => lines(a.dpiaCriteria.map((c) => text.label('dpiaCriterion', c))) },
    { header: t('fields:activity.dpiaInferred'), width: WIDTH.long, value: (a) => lines(inferredLines(inferred(a), text.lang)) },
    { header: t('fields:activity.dpiaReference'), width: WIDTH.short, value: (a) => a.dpiaReference },
    { header: t('fields:activity.dpiaCompletedOn'), width: WIDTH.date, type: 'date', value: (a) => isoToCellDate(a.dpiaCompletedOn) },
    { header: t('fields:activity.dpiaNotes'), width: WIDTH.medium, value: (a) => a.dpiaNotes },
  ];
}

/** Art. 30(1): the controller's record, columns in the order of art30-fields.md. */
export function controllerSheet(text: RegisterText, activities: readonly Activity[]): SheetSpec {
  const { t } = text;
  const organisation = (a: Activity) => text.organisation(a.organisationId);
  const columns: Array<Column<Activity>> = [
    { header: t('xlsx:headers.controller'), width: WIDTH.medium, value: (a) => organisationContact(text, organisation(a)) },
    { header: t('fields:activity.jointControllers'), width: WIDTH.medium, value: (a) => named(text, a, 'joint') },
    { header: t('fields:activity.jointControllerArrangement'), width: WIDTH.medium, value: (a) => a.jointControllerArrangement },
    { header: t('xlsx:headers.representative'), width: WIDTH.medium, value: (a) => organisationRepresentative(organisation(a)) },
    { header: t('xlsx:headers.dpo'), width: WIDTH.medium, value: (a) => organisationDpo(organisation(a)) },
    ...identityColumns(text),
    ...contentColumns(text, 'controller'),
    ...statusColumns(text),
  ];
  return tableSheet(t('xlsx:sheets.controller'), columns, activities);
}

/** Art. 30(2): the record of the categories of processing carried out on behalf of each controller. */
export function processorSheet(text: RegisterText, activities: readonly Activity[]): SheetSpec {
  const { t } = text;
  const organisation = (a: Activity) => text.organisation(a.organisationId);
  const perController = (a: Activity, render: (c: Activity['controllers'][number]) => string) =>
    lines(a.controllers.map((c) => {
      const line = render(c);
      return line ? `${c.name}: ${line}` : '';
    }));
  const columns: Array<Column<Activity>> = [
    { header: t('xlsx:headers.processor'), width: WIDTH.medium, value: (a) => organisationContact(text, organisation(a)) },
    { header: t('xlsx:headers.processorRepresentative'), width: WIDTH.medium, value: (a) => organisationRepresentative(organisation(a)) },
    { header: t('xlsx:headers.dpo'), width: WIDTH.medium, value: (a) => organisationDpo(organisation(a)) },
    ...identityColumns(text),
    {
      header: t('fields:activity.controllers'),
      width: WIDTH.long,
      value: (a) => lines(a.controllers.map((c) => joined([c.name, c.regNo && `${t('fields:controller.regNo')}: ${c.regNo}`, c.contact], '; '))),
    },
    {
      header: t('xlsx:headers.controllerRepresentatives'),
      width: WIDTH.medium,
      value: (a) => perController(a, (c) => joined([c.representative, c.dpoContact && `${t('fields:controller.dpoContact')}: ${c.dpoContact}`], '; ')),
    },
    { header: t('fields:activity.processingCategories'), width: WIDTH.long, value: (a) => perController(a, (c) => c.processingCategories) },
    { header: t('fields:activity.contractReference'), width: WIDTH.medium, value: (a) => perController(a, (c) => c.contractReference) },
    ...contentColumns(text, 'processor'),
    ...statusColumns(text),
  ];
  return tableSheet(t('xlsx:sheets.processor'), columns, activities);
}
