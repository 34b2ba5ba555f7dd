/**
 * One processing activity: every Art. 30 field, labelled with the GDPR's
 * term, grouped as the article lists them. An empty field shows the dash:
 * an inspector must see what is missing, not wonder whether it was printed.
 * Special-category and criminal-offence data are marked at the top of the
 * activity and on each such data category.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { namedSourceLines, purposeBaseNames } from '../../../shared/bases-sources-text.ts';
import type { ActedForController, Activity } from '../../../shared/domain/activity.ts';
import { documentInference, inferredLines, type InferredCriterion } from '../../../shared/rules/dpia-inference.ts';
import { COLOURS, CONTENT_WIDTH, DASH, fieldGrid, groupRow, headerRow, lines, orDash, table, type GridField } from '../layout.ts';
import { art9ConditionName, legalBasisName, type ReportIndex } from '../report-index.ts';
import { dataCategoriesTable, dataSubjectsTable, processorsTable, recipientsTable, transfersTable } from './activity-links.ts';
import { headingText, type Heading } from './contents.ts';

const WIDTH = CONTENT_WIDTH.portrait;

function label(index: ReportIndex, field: string): string {
  return index.t(`fields:activity.${field}`);
}

/** Who keeps the record: the controller (Art. 30(1)(a)) or, for a processor record, the processor (Art. 30(2)(a)). */
function organisationFields(activity: Activity, index: ReportIndex): GridField[] {
  const t = index.t;
  const organisation = index.organisation(activity.organisationId);
  const who = activity.kind === 'processor' ? t('fields:processor._') : t('report:activity.controller');
  const jointControllers = activity.processors
    .map((row) => index.processor(row.processorId))
    .filter((processor) => processor?.role === 'joint_controller')
    .map((processor) => processor?.name ?? '');
  // The organisation's contact details head its activities (organisationDetails); here the name says whose record it is.
  return [
    { label: who, value: organisation ? [organisation.name, organisation.regNo].filter(Boolean).join(', ') : activity.organisationId, wide: true },
    { label: t('fields:organisation.dpoName'), value: organisation?.dpoName },
    { label: t('fields:organisation.representativeName'), value: organisation?.representativeName },
    ...(activity.kind === 'controller' ? [{ label: label(index, 'jointControllers'), value: lines(jointControllers), wide: true }] : []),
  ];
}

function generalTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const replacement = activity.replacedById ? index.activity(activity.replacedById) : undefined;
  return fieldGrid(
    t('report:activity.groups.general'),
    [
      { label: label(index, 'number'), value: activity.number },
      { label: label(index, 'kind'), value: t(`fields:enums.kind.${activity.kind}`) },
      { label: label(index, 'name'), value: activity.name, wide: true },
      ...organisationFields(activity, index),
      { label: label(index, 'description'), value: activity.description, wide: true },
      { label: label(index, 'ownerUnit'), value: activity.ownerUnit },
      { label: label(index, 'ownerPerson'), value: activity.ownerPerson },
      { label: label(index, 'status'), value: t(`fields:enums.status.${activity.status}`) },
      { label: label(index, 'createdOn'), value: index.date(activity.createdOn) },
      { label: label(index, 'lastReviewedOn'), value: index.date(activity.lastReviewedOn) },
      { label: label(index, 'reviewedBy'), value: activity.reviewedBy },
      { label: label(index, 'nextReviewOn'), value: index.date(activity.nextReviewOn) },
      { label: label(index, 'endedOn'), value: index.date(activity.endedOn) },
      { label: label(index, 'replacedById'), value: replacement ? index.activityLabel(replacement) : (activity.replacedById ?? DASH), wide: true },
    ],
    WIDTH,
    activity.number,
  );
}

function purposesTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = activity.purposes.map((purpose, position) => [
    { text: String(position + 1), alignment: 'right' },
    purpose.description,
    lines(purposeBaseNames(activity, purpose, (id) => legalBasisName(index, id), t)),
    orDash(purpose.legitimateInterest),
    lines([purpose.legitimateInterestAssessment, purpose.legitimateInterestAssessedOn ? index.date(purpose.legitimateInterestAssessedOn) : '']),
  ]);
  // The basis stated once for the activity, above the purposes that inherit it.
  const forActivity: TableCell[][] =
    activity.legalBasisIds.length === 0
      ? []
      : [[{ text: '' }, { text: t('basesSources:forActivity'), italics: true }, lines(activity.legalBasisIds.map((id) => legalBasisName(index, id))), { text: '' }, { text: '' }]];
  return table({
    shares: [6, 30, 24, 21, 19],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('report:activity.groups.purposes'), 5, activity.number),
      headerRow([
        t('report:activity.purposeNumber'),
        label(index, 'purpose'),
        label(index, 'legalBasisIds'),
        label(index, 'legitimateInterest'),
        t('report:activity.assessment'),
      ]),
      ...forActivity,
      ...(rows.length > 0 ? rows : [[{ text: DASH, colSpan: 5 }, { text: '' }, { text: '' }, { text: '' }, { text: '' }]]),
    ],
  });
}

function specialTable(activity: Activity, index: ReportIndex): Content {
  return fieldGrid(
    index.t('report:activity.groups.special'),
    [
      { label: label(index, 'art9ConditionIds'), value: lines(activity.art9ConditionIds.map((id) => art9ConditionName(index, id))), wide: true },
      { label: label(index, 'art9Notes'), value: activity.art9Notes, wide: true },
      { label: label(index, 'art10Basis'), value: activity.art10Basis, wide: true },
    ],
    WIDTH,
    activity.number,
  );
}

function sourceTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  return fieldGrid(
    t('report:activity.groups.source'),
    [
      { label: label(index, 'sourceTypes'), value: lines(activity.sourceTypes.map((type) => t(`fields:enums.sourceType.${type}`))), wide: true },
      { label: label(index, 'sourceNotes'), value: activity.sourceNotes, wide: true },
      { label: t('basesSources:namedSources'), value: lines(namedSourceLines(activity.namedSources, (id) => index.name('dataCategories', id), t)), wide: true },
    ],
    WIDTH,
    activity.number,
  );
}

function securityTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const measures = (['technical', 'organisational'] as const).flatMap((type) => {
    const names = activity.securityMeasureIds.filter((id) => index.entry('securityMeasures', id)?.type === type).map((id) => index.name('securityMeasures', id));
    return names.length > 0 ? [{ text: t(`fields:enums.measureType.${type}`), bold: true }, { text: names.join('\n'), margin: [0, 0, 0, 3] }] : [];
  });
  const unknown = activity.securityMeasureIds.filter((id) => !index.entry('securityMeasures', id));
  return fieldGrid(
    t('report:activity.groups.security'),
    [
      { label: label(index, 'securityMeasureIds'), value: measures.length + unknown.length > 0 ? ({ stack: [...measures, ...unknown.map((id) => ({ text: id }))] } as Content) : DASH, wide: true },
      { label: label(index, 'securityNotes'), value: activity.securityNotes, wide: true },
      { label: label(index, 'systems'), value: activity.systems, wide: true },
      { label: label(index, 'dataLocation'), value: activity.dataLocation, wide: true },
    ],
    WIDTH,
    activity.number,
  );
}

/** The DPIA inference per register document, built once per report (the lookups are shared by its activities). */
const inferenceOf = new WeakMap<ReportIndex['document'], (activity: Activity) => InferredCriterion[]>();

function inferred(activity: Activity, index: ReportIndex): InferredCriterion[] {
  let infer = inferenceOf.get(index.document);
  if (!infer) {
    infer = documentInference(index.document);
    inferenceOf.set(index.document, infer);
  }
  return infer(activity);
}

function automatedTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  return fieldGrid(
    t('report:activity.groups.automated'),
    [
      { label: label(index, 'automatedDecision'), value: index.yesNo(activity.automatedDecision) },
      { label: label(index, 'automatedDecisionLegalEffect'), value: index.yesNo(activity.automatedDecisionLegalEffect) },
      { label: label(index, 'profiling'), value: index.yesNo(activity.profiling) },
      { label: label(index, 'art22Basis'), value: activity.art22Basis ? t(`fields:enums.art22Basis.${activity.art22Basis}`) : DASH },
      { label: label(index, 'automatedDecisionLogic'), value: activity.automatedDecisionLogic, wide: true },
      { label: label(index, 'automatedDecisionNoEffectReason'), value: activity.automatedDecisionNoEffectReason, wide: true },
      { label: label(index, 'profilingInformation'), value: activity.profilingInformation, wide: true },
    ],
    WIDTH,
    activity.number,
  );
}

function dpiaTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  return fieldGrid(
    t('report:activity.groups.dpia'),
    [
      { label: label(index, 'dpiaCriteria'), value: lines(activity.dpiaCriteria.map((criterion) => t(`fields:enums.dpiaCriterion.${criterion}`))), wide: true },
      { label: label(index, 'dpiaInferred'), value: lines(inferredLines(inferred(activity, index), index.lang)), wide: true },
      { label: label(index, 'approxSubjects'), value: activity.approxSubjects === null ? DASH : String(activity.approxSubjects) },
      { label: label(index, 'approxRecords'), value: activity.approxRecords === null ? DASH : String(activity.approxRecords) },
      { label: label(index, 'dpiaStatus'), value: t(`fields:enums.dpiaStatus.${activity.dpiaStatus}`) },
      { label: label(index, 'dpiaCompletedOn'), value: index.date(activity.dpiaCompletedOn) },
      { label: label(index, 'dpiaReference'), value: activity.dpiaReference, wide: true },
      { label: label(index, 'dpiaNotes'), value: activity.dpiaNotes, wide: true },
    ],
    WIDTH,
    activity.number,
  );
}

function controllerFields(controller: ActedForController, index: ReportIndex): GridField[] {
  const t = index.t;
  return [
    { label: t('fields:controller.name'), value: controller.name, wide: true },
    { label: t('fields:controller.regNo'), value: controller.regNo },
    { label: t('fields:controller.contact'), value: controller.contact },
    { label: t('fields:controller.representative'), value: controller.representative },
    { label: t('fields:controller.dpoContact'), value: controller.dpoContact },
    { label: label(index, 'processingCategories'), value: controller.processingCategories, wide: true },
    { label: label(index, 'contractReference'), value: controller.contractReference, wide: true },
  ];
}

/** For an Art. 30(2) record: each controller on whose behalf the processing is done. */
function controllersTables(activity: Activity, index: ReportIndex): Content[] {
  const t = index.t;
  const title = t('report:activity.groups.controllers');
  if (activity.controllers.length === 0) return [fieldGrid(title, [{ label: label(index, 'controllers'), value: DASH, wide: true }], WIDTH, activity.number)];
  return activity.controllers.map((controller, position) =>
    fieldGrid(`${title}: ${t('report:activity.controllerNumber', { number: position + 1 })}`, controllerFields(controller, index), WIDTH, activity.number),
  );
}

function markers(activity: Activity, index: ReportIndex): Content[] {
  const kinds = new Set(activity.dataCategories.map((row) => index.entry('dataCategories', row.dataCategoryId)?.kind));
  const marks: string[] = [];
  if (kinds.has('special')) marks.push(index.t('report:activity.containsSpecial'));
  if (kinds.has('criminal')) marks.push(index.t('report:activity.containsCriminal'));
  // A bar on the left (3 pt) and padding (6 + 4 pt) come on top of the text's width.
  return marks.map((text) => ({
    table: { widths: [CONTENT_WIDTH.portrait - 14], body: [[{ text, style: 'special', fontSize: 8.5, fillColor: COLOURS.specialFill }]] },
    layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 3 : 0), vLineColor: () => COLOURS.special, paddingLeft: () => 6, paddingRight: () => 4 },
    margin: [0, 0, 0, 4],
  }));
}

/** The anchor of an activity's heading (contents and page references). */
export function activityHeading(activity: Activity): Heading {
  return { id: `activity-${activity.id}`, title: `${activity.number}  ${activity.name}`, level: 2 };
}

/** The activity's heading (listed in the contents) and its content, on a new page unless told otherwise. */
export function activitySection(activity: Activity, index: ReportIndex, options: { pageBreak: boolean }): { heading: Heading; content: Content[] } {
  const t = index.t;
  const heading = activityHeading(activity);
  const organisation = index.organisation(activity.organisationId);
  const meta = [t(`fields:enums.kind.${activity.kind}`), t(`fields:enums.status.${activity.status}`), organisation?.name ?? ''].filter(Boolean).join('  ·  ');
  const content: Content[] = [
    headingText(heading, options),
    { text: meta, style: 'meta', margin: [0, 0, 0, 8] },
    ...markers(activity, index),
    generalTable(activity, index),
    purposesTable(activity, index),
    specialTable(activity, index),
    dataSubjectsTable(activity, index),
    dataCategoriesTable(activity, index),
    sourceTable(activity, index),
    recipientsTable(activity, index),
    processorsTable(activity, index),
    transfersTable(activity, index),
    securityTable(activity, index),
    automatedTable(activity, index),
    dpiaTable(activity, index),
    ...(activity.kind === 'processor' || activity.controllers.length > 0 ? controllersTables(activity, index) : []),
    fieldGrid(t('report:activity.groups.notes'), [{ label: label(index, 'notes'), value: activity.notes, wide: true }], WIDTH, activity.number),
  ];
  return { heading, content };
}
