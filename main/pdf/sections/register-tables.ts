/**
 * The register-wide tables: processors and other recipients, the retention
 * schedule, and every transfer. Wide tables, so printed on landscape pages;
 * their title and column headings repeat on every page.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Processor } from '../../../shared/domain/processor.ts';
import type { RetentionRule } from '../../../shared/domain/retention.ts';
import { CONTENT_WIDTH, DASH, headerRow, lines, orDash, table } from '../layout.ts';
import { activityNumbers, retentionPeriod, type ReportIndex } from '../report-index.ts';
import { adequacyText } from './summary.ts';

const WIDTH = CONTENT_WIDTH.landscape;

function noneRow(text: string, columns: number): TableCell[] {
  return [{ text, colSpan: columns, style: 'meta' }, ...Array.from({ length: columns - 1 }, () => ({ text: '' }))];
}

function small(text: string): Content[] {
  return text.trim() ? [{ text, style: 'small' }] : [];
}

function processorRow(processor: Processor, index: ReportIndex): TableCell[] {
  const t = index.t;
  const contract = lines([
    processor.contractReference,
    processor.contractDate ? index.date(processor.contractDate) : '',
    processor.contractExpiry ? t('report:tables.contractValidUntil', { date: index.date(processor.contractExpiry) }) : '',
  ]);
  const location = lines([
    processor.countryId ? index.name('countries', processor.countryId) : '',
    processor.dataLocation,
    processor.transferMechanismId ? index.name('transferMechanisms', processor.transferMechanismId) : '',
    processor.dpfCertified ? t('report:tables.dpfCertified', { date: index.date(processor.dpfCheckedOn) }) : '',
  ]);
  const subProcessors = processor.subProcessorIds.map((id) => index.processor(id)?.name ?? id);
  return [
    { stack: [{ text: processor.name, bold: true }, ...small([processor.regNo, processor.address, processor.contact].filter(Boolean).join('\n')), ...small(processor.notes)] },
    t(`fields:enums.processorRole.${processor.role}`),
    orDash(processor.service),
    contract,
    location,
    { stack: [{ text: lines(subProcessors) }, ...small(processor.subProcessorNotes)] },
    activityNumbers(index.activitiesUsingProcessor(processor.id)),
    index.date(processor.lastReviewedOn),
  ];
}

export function processorsSection(index: ReportIndex): Content[] {
  const t = index.t;
  const label = (field: string) => t(`fields:processor.${field}`);
  const rows = index.processors.map((processor) => processorRow(processor, index));
  return [
    table({
      shares: [22, 10, 13, 14, 15, 12, 8, 8],
      width: WIDTH,
      headerRows: 1,
      body: [
        headerRow([
          label('name'),
          label('role'),
          label('service'),
          t('report:tables.contract'),
          t('report:tables.location'),
          label('subProcessorIds'),
          t('report:tables.usedBy'),
          label('lastReviewedOn'),
        ]),
        ...(rows.length > 0 ? rows : [noneRow(t('report:summary.none'), 8)]),
      ],
    }),
  ];
}

function retentionRow(rule: RetentionRule, index: ReportIndex): TableCell[] {
  const t = index.t;
  return [
    {
      stack: [
        { text: rule.name, bold: true },
        ...small(rule.dataCategoryId ? index.name('dataCategories', rule.dataCategoryId) : ''),
        ...small(rule.notes),
      ],
    },
    retentionPeriod(rule, t),
    orDash(rule.startEvent),
    lines([rule.legalSource, rule.legalArticle]),
    t(`fields:enums.expiryAction.${rule.actionAtExpiry}`),
    index.yesNo(rule.backupsCovered),
    orDash(rule.owner),
    activityNumbers(index.activitiesUsingRule(rule.id)),
    index.date(rule.lastReviewedOn),
  ];
}

export function retentionSection(index: ReportIndex): Content[] {
  const t = index.t;
  const label = (field: string) => t(`fields:retentionRule.${field}`);
  const rows = index.retentionRules.map((rule) => retentionRow(rule, index));
  return [
    table({
      shares: [22, 14, 12, 14, 9, 7, 10, 7, 7],
      width: WIDTH,
      headerRows: 1,
      body: [
        headerRow([
          label('name'),
          t('report:tables.period'),
          label('startEvent'),
          t('report:tables.legalSource'),
          label('actionAtExpiry'),
          t('report:tables.backups'),
          label('owner'),
          t('report:tables.usedBy'),
          label('lastReviewedOn'),
        ]),
        ...(rows.length > 0 ? rows : [noneRow(t('report:summary.none'), 9)]),
      ],
    }),
  ];
}

export function transfersSection(index: ReportIndex): Content[] {
  const t = index.t;
  const label = (field: string) => t(`fields:activity.${field}`);
  const transfers = index.activities.flatMap((activity) => activity.transfers.map((transfer) => ({ activity, transfer })));
  const compare = (a: string, b: string) => a.localeCompare(b, index.lang, { sensitivity: 'base', numeric: true });
  const sorted = transfers
    .map((row, position) => ({ ...row, position, country: index.name('countries', row.transfer.countryId) }))
    .sort((a, b) => compare(a.country, b.country) || a.position - b.position);
  const rows: TableCell[][] = sorted.map(({ activity, transfer, country }) => {
    const recipient = transfer.processorId ? (index.processor(transfer.processorId)?.name ?? transfer.processorId) : DASH;
    return [
      { stack: [{ text: country, bold: true }, ...small(adequacyText(index.entry('countries', transfer.countryId), index))] },
      index.activityLabel(activity),
      recipient,
      index.name('transferMechanisms', transfer.transferMechanismId),
      orDash(transfer.safeguardDocuments),
      orDash(transfer.derogationJustification),
      orDash(transfer.notes),
    ];
  });
  return [
    table({
      shares: [17, 17, 13, 15, 15, 13, 10],
      width: WIDTH,
      headerRows: 1,
      body: [
        headerRow([
          t('report:tables.country'),
          t('report:tables.activity'),
          label('processorId'),
          label('transferMechanismId'),
          label('safeguardDocuments'),
          label('derogationJustification'),
          label('notes'),
        ]),
        ...(rows.length > 0 ? rows : [noneRow(t('report:summary.none'), 7)]),
      ],
    }),
  ];
}
