/**
 * The parts of an activity that link to other records: personal data
 * categories with their retention rules, recipients, processors and
 * transfers. Each is a table whose title row (with the activity's number)
 * repeats on every page it spans.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Activity } from '../../../shared/domain/activity.ts';
import type { RetentionRule } from '../../../shared/domain/retention.ts';
import { COLOURS, CONTENT_WIDTH, DASH, fieldGrid, groupRow, headerRow, lines, orDash, table } from '../layout.ts';
import { retentionPeriod, type ReportIndex } from '../report-index.ts';

const WIDTH = CONTENT_WIDTH.portrait;

function dashRow(columns: number, text = DASH): TableCell[] {
  return [{ text, colSpan: columns }, ...Array.from({ length: columns - 1 }, () => ({ text: '' }))];
}

/** An empty list: "none" when the DPO answered so (issue 15), the dash when it is not filled in. */
function emptyRow(columns: number, none: boolean, list: 'recipients' | 'transfers' | 'processors', index: ReportIndex): TableCell[] {
  return dashRow(columns, none ? index.t(`model:none.${list}`) : DASH);
}

/** "10 gadi / no: Pārskata gada beigas" (the legal source is in the retention schedule). */
export function retentionSummary(rule: RetentionRule, index: ReportIndex): string {
  const t = index.t;
  return lines([retentionPeriod(rule, t), rule.startEvent ? t('report:period.startsAt', { event: rule.startEvent }) : '']);
}

export function dataSubjectsTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const subjects = activity.dataSubjectCategoryIds.map((id) => index.name('dataSubjectCategories', id));
  return fieldGrid(t('report:activity.groups.subjectsAndData'), [{ label: t('fields:activity.dataSubjectCategoryIds'), value: lines(subjects), wide: true }], WIDTH, activity.number);
}

export function dataCategoriesTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = activity.dataCategories.map((row) => {
    const kind = index.entry('dataCategories', row.dataCategoryId)?.kind ?? 'ordinary';
    const rule = row.retentionRuleId ? index.retentionRule(row.retentionRuleId) : undefined;
    const marked = kind !== 'ordinary';
    const fill = marked ? COLOURS.specialFill : undefined;
    const name: TableCell = {
      stack: [
        { text: index.name('dataCategories', row.dataCategoryId), bold: marked },
        ...(marked ? [{ text: t(kind === 'special' ? 'report:activity.specialMarker' : 'report:activity.criminalMarker'), style: 'special' }] : []),
      ],
      fillColor: fill,
    };
    return [
      name,
      { text: rule ? rule.name : DASH, fillColor: fill },
      { text: rule ? retentionSummary(rule, index) : DASH, fillColor: fill },
      { text: orDash(row.notes), fillColor: fill },
    ];
  });
  return table({
    shares: [29, 23, 28, 20],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('fields:activity.dataCategories'), 4, activity.number),
      headerRow([t('report:summary.dataCategory'), t('fields:activity.retentionRuleId'), t('fields:activity.retention'), t('fields:activity.notes')]),
      ...(rows.length > 0 ? rows : [dashRow(4)]),
    ],
  });
}

export function recipientsTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = activity.recipients.map((row) => [
    index.name('recipientCategories', row.recipientCategoryId),
    t(`fields:enums.recipientType.${index.entry('recipientCategories', row.recipientCategoryId)?.type ?? 'external'}`),
    orDash(row.notes),
  ]);
  return table({
    shares: [40, 22, 38],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('fields:activity.recipients'), 3, activity.number),
      headerRow([t('fields:catalogues.recipientCategories'), t('report:activity.type'), t('fields:activity.notes')]),
      ...(rows.length > 0 ? rows : [emptyRow(3, activity.recipientsNone, 'recipients', index)]),
    ],
  });
}

export function processorsTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = activity.processors.map((row) => {
    const processor = index.processor(row.processorId);
    if (!processor) return [row.processorId, DASH, DASH, orDash(row.notes)];
    const where = [processor.regNo, processor.countryId ? index.name('countries', processor.countryId) : ''].filter((p) => p.length > 0).join(', ');
    return [
      { stack: [{ text: processor.name, bold: true }, ...(where ? [{ text: where, style: 'small' }] : [])] },
      t(`fields:enums.processorRole.${processor.role}`),
      orDash(processor.service),
      orDash(row.notes),
    ];
  });
  return table({
    shares: [32, 20, 24, 24],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('fields:activity.processors'), 4, activity.number),
      headerRow([t('fields:processor.name'), t('fields:processor.role'), t('fields:processor.service'), t('fields:activity.notes')]),
      ...(rows.length > 0 ? rows : [emptyRow(4, activity.processorsNone, 'processors', index)]),
      [
        { text: t('fields:activity.jointControllerArrangement'), style: 'label' },
        { text: orDash(activity.jointControllerArrangement), colSpan: 3 },
        { text: '' },
        { text: '' },
      ],
    ],
  });
}

export function transfersTable(activity: Activity, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = activity.transfers.map((transfer) => {
    const recipient = transfer.processorId ? index.processor(transfer.processorId) : undefined;
    return [
      { text: index.name('countries', transfer.countryId), bold: true },
      recipient ? recipient.name : (transfer.processorId ?? DASH),
      index.name('transferMechanisms', transfer.transferMechanismId),
      orDash(transfer.safeguardDocuments),
      orDash(transfer.derogationJustification),
      orDash(transfer.notes),
    ];
  });
  return table({
    shares: [15, 16, 19, 19, 17, 14],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('report:activity.groups.transfers'), 6, activity.number),
      headerRow([
        t('report:tables.country'),
        t('fields:activity.processorId'),
        t('fields:activity.transferMechanismId'),
        t('fields:activity.safeguardDocuments'),
        t('fields:activity.derogationJustification'),
        t('fields:activity.notes'),
      ]),
      ...(rows.length > 0 ? rows : [emptyRow(6, activity.transfersNone, 'transfers', index)]),
    ],
  });
}
