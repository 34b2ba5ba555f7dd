/**
 * The summary: the register in figures, the legal bases in use by Art. 6(1)
 * point, special-category and criminal-offence data, transfers by
 * destination, and the compliance findings when the report is given them.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Country } from '../../../shared/domain/catalogues.ts';
import { COLOURS, CONTENT_WIDTH, DASH, groupRow, headerRow, table } from '../layout.ts';
import type { ReportFinding } from '../report-facts.ts';
import { errorsFirst } from '../../../shared/rules/index.ts';
import { activityNumbers, type ReportIndex } from '../report-index.ts';
import type { RegisterSummary } from '../report-summary.ts';

const WIDTH = CONTENT_WIDTH.portrait;

function noneRow(text: string, columns: number): TableCell[] {
  return [{ text, colSpan: columns, style: 'meta' }, ...Array.from({ length: columns - 1 }, () => ({ text: '' }))];
}

/** "Ir lēmums par aizsardzības līmeņa pietiekamību: tikai DPF... ((ES) 2023/1795)", or "ES/EEZ valsts". */
export function adequacyText(country: Country | undefined, index: ReportIndex): string {
  if (!country) return DASH;
  const t = index.t;
  if (country.eea) return t('fields:catalogue.eea');
  const details = [country.adequacyNote, country.adequacyDecision].filter((part) => part.length > 0).join('; ');
  return `${t(`fields:enums.adequacy.${country.adequacy}`)}${details ? ` (${details})` : ''}`;
}

function figuresTable(summary: RegisterSummary, index: ReportIndex): Content {
  const t = index.t;
  const row = (label: string, value: number, indent = false): TableCell[] => [
    { text: label, margin: [indent ? 12 : 0, 0, 0, 0], style: indent ? 'meta' : undefined } as TableCell,
    { text: String(value), alignment: 'right' },
  ];
  return table({
    shares: [82, 18],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('report:summary.figures'), 2),
      headerRow([t('report:summary.item'), t('report:summary.count')]),
      row(t('report:summary.organisations'), summary.organisations),
      row(t('report:summary.activities'), summary.activities),
      row(t('report:summary.controllerRecords'), summary.controllerRecords, true),
      row(t('report:summary.processorRecords'), summary.processorRecords, true),
      ...(['active', 'draft', 'ended'] as const).map((status) =>
        row(t('report:summary.byStatus', { status: t(`fields:enums.status.${status}`) }), summary.byStatus[status], true),
      ),
      row(t('report:summary.withSpecial'), summary.withSpecial),
      row(t('report:summary.withCriminal'), summary.withCriminal),
      row(t('report:summary.withTransfers'), summary.withTransfers),
      row(t('report:summary.processors'), summary.processors),
      row(t('report:summary.retentionRules'), summary.retentionRules),
    ],
  });
}

function legalBasesTable(summary: RegisterSummary, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = summary.legalBases.map((use) => [
    { text: `${use.point})`, bold: true },
    use.names.join('\n'),
    { text: String(use.purposes), alignment: 'right' },
    activityNumbers(use.activities),
  ]);
  return table({
    shares: [11, 45, 10, 34],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('report:summary.legalBases'), 4),
      headerRow([t('report:summary.point'), t('report:summary.legalBasis'), t('report:summary.purposes'), t('report:summary.activitiesColumn')]),
      ...(rows.length > 0 ? rows : [noneRow(t('report:summary.none'), 4)]),
    ],
  });
}

function specialTables(summary: RegisterSummary, index: ReportIndex): Content[] {
  const t = index.t;
  const categoryRows: TableCell[][] = summary.specialCategories.map((use) => [
    { text: use.name, bold: true, color: COLOURS.special },
    t(`fields:enums.dataCategoryKind.${use.kind}`),
    activityNumbers(use.activities),
  ]);
  const conditionRows: TableCell[][] = summary.art9Conditions.map((use) => [use.name, activityNumbers(use.activities)]);
  return [
    table({
      shares: [36, 34, 30],
      width: WIDTH,
      headerRows: 2,
      body: [
        groupRow(t('report:summary.specialCategories'), 3),
        headerRow([t('report:summary.dataCategory'), t('report:summary.kind'), t('report:summary.activitiesColumn')]),
        ...(categoryRows.length > 0 ? categoryRows : [noneRow(t('report:summary.none'), 3)]),
      ],
    }),
    table({
      shares: [66, 34],
      width: WIDTH,
      headerRows: 2,
      body: [
        groupRow(t('report:summary.art9Conditions'), 2),
        headerRow([t('report:summary.condition'), t('report:summary.activitiesColumn')]),
        ...(conditionRows.length > 0 ? conditionRows : [noneRow(t('report:summary.none'), 2)]),
      ],
    }),
  ];
}

function transfersTable(summary: RegisterSummary, index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = summary.transfersByCountry.map((use) => [
    { text: use.name, bold: true },
    adequacyText(index.entry('countries', use.id), index),
    [...use.mechanisms, ...(use.withoutMechanism > 0 ? [`${DASH} (${use.withoutMechanism})`] : [])].join('\n'),
    { text: String(use.transfers), alignment: 'right' },
    activityNumbers(use.activities),
  ]);
  return table({
    shares: [20, 25, 24, 12, 19],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('report:summary.transfersByCountry'), 5),
      headerRow([
        t('report:summary.country'),
        t('report:summary.adequacy'),
        t('report:summary.mechanisms'),
        t('report:summary.transfers'),
        t('report:summary.activitiesColumn'),
      ]),
      ...(rows.length > 0 ? rows : [noneRow(t('report:summary.none'), 5)]),
    ],
  });
}

function findingsTable(findings: readonly ReportFinding[], index: ReportIndex): Content {
  const t = index.t;
  const rows: TableCell[][] = errorsFirst(findings).map((finding) => [
      { text: t(`report:summary.severities.${finding.severity}`), bold: finding.severity === 'error', color: finding.severity === 'error' ? COLOURS.special : COLOURS.ink },
      finding.subject || DASH,
      finding.message,
    ]);
  return table({
    shares: [15, 32, 53],
    width: WIDTH,
    headerRows: 2,
    body: [
      groupRow(t('report:summary.findings'), 3),
      headerRow([t('report:summary.severity'), t('report:summary.subject'), t('report:summary.finding')]),
      ...(rows.length > 0 ? rows : [noneRow(t('report:summary.noFindings'), 3)]),
    ],
  });
}

export function summarySection(summary: RegisterSummary, index: ReportIndex, findings: readonly ReportFinding[] | undefined): Content[] {
  return [
    figuresTable(summary, index),
    ...(findings ? [findingsTable(findings, index)] : []),
    legalBasesTable(summary, index),
    ...specialTables(summary, index),
    transfersTable(summary, index),
  ];
}
