/**
 * The optional appendix "Izmaiņas kopš …": what changed between an earlier
 * moment and the state the report shows, grouped by organisation and
 * record, field by field (shared/versions/describe-diff.ts), and the cover
 * lines that say which moment the report shows and how it stands to the
 * approvals (main/services/versions).
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { formatTimestamp } from '../../../shared/format.ts';
import { approvalText } from '../../../shared/versions/approval-text.ts';
import type { Translate } from '../../../shared/i18n/index.ts';
import type { DescribedGroup } from '../../../shared/versions/describe-diff.ts';
import { CONTENT_WIDTH, fieldRow, headerRow, table } from '../layout.ts';
import type { ReportVersions } from '../report-facts.ts';

/** The cover's rows for a report of a past moment and for its approval. */
export function versionCoverRows(t: Translate, versions: ReportVersions | undefined): TableCell[][] {
  if (!versions) return [];
  const rows: TableCell[][] = [];
  if (versions.asOf) rows.push(fieldRow(t('versions:cover.asOf'), t('versions:cover.asOfValue', { at: formatTimestamp(versions.asOf.at) || '—', seq: versions.asOf.seq })));
  rows.push(fieldRow(t('versions:cover.approval'), approvalText(t, versions.approval)));
  return rows;
}

/** The appendix's content under its heading. */
export function changesSinceSection(t: Translate, changes: NonNullable<ReportVersions['changesSince']>): Content[] {
  const width = CONTENT_WIDTH.portrait;
  const content: Content[] = [
    { text: t('versions:appendix.intro', { since: formatTimestamp(changes.since.at) || '—', seq: changes.since.seq }), style: 'small', margin: [0, 0, 0, 8] },
  ];
  if (changes.groups.length === 0) return [...content, { text: t('versions:diff.none') }];
  for (const group of changes.groups) content.push(...groupTable(t, group, width));
  return content;
}

function groupTable(t: Translate, group: DescribedGroup, width: number): Content[] {
  const body: TableCell[][] = [headerRow([t('screens:history.field'), t('screens:history.before'), t('screens:history.after')])];
  for (const record of group.records) {
    body.push([{ text: `${record.kind}: ${record.label} — ${record.changeText}`, colSpan: 3, bold: true }, {}, {}]);
    for (const field of record.fields) body.push([field.label, field.before, field.after]);
  }
  return [{ text: group.title, style: 'h3', margin: [0, 6, 0, 4] }, table({ shares: [3, 4, 4], width, headerRows: 1, body })];
}
