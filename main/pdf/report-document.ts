/**
 * The audit report as a pdfmake document definition: what the DPO prints,
 * signs and hands to the authority. A4; a cover, the contents, a summary, one
 * section per activity with every Art. 30 field, the processors, the
 * retention schedule, the transfers and a signature block; "Lapa X no Y" on
 * every page.
 *
 * Pure: the register and the facts in, the definition out. The same
 * definition renders the same bytes (the PDF's dates come from the input),
 * so the app, the CLI and the tests all produce the same file.
 */
import type { Content, ContextPageSize, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatDate, formatTimestamp } from '../../shared/format.ts';
import { shortHash } from '../services/register-version.ts';
import { DASH, PAGE_MARGINS, PAGE_SIZE, columnWidths, defaultStyle, styles } from './layout.ts';
import type { ReportInput } from './report-facts.ts';
import { buildReportIndex, type ReportIndex } from './report-index.ts';
import { summariseRegister } from './report-summary.ts';
import { activitySection } from './sections/activity.ts';
import { contentsSection, headingText, type Heading } from './sections/contents.ts';
import { changesSinceSection } from './sections/changes-since.ts';
import { coverSection, organisationDetails } from './sections/cover.ts';
import { processorsSection, retentionSection, transfersSection } from './sections/register-tables.ts';
import { breachesSection, requestsSection } from './sections/dpo-records.ts';
import { signatureSection } from './sections/signature.ts';
import { summarySection } from './sections/summary.ts';

const FOOTER_TITLE_MAX = 70;

function footer(index: ReportIndex, input: ReportInput) {
  const t = index.t;
  const title = index.document.register.title.trim() || index.organisations[0]?.name || t('report:title');
  const shortTitle = title.length > FOOTER_TITLE_MAX ? `${title.slice(0, FOOTER_TITLE_MAX - 1)}…` : title;
  const left = [shortTitle, formatDate(input.date), shortHash(input.version.fingerprint)].join('  ·  ');
  return (page: number, pages: number, pageSize: ContextPageSize): Content => {
    const [leftWidth, rightWidth] = columnWidths([75, 25], pageSize.width - PAGE_MARGINS[0] - PAGE_MARGINS[2]);
    return {
      columns: [
        { text: left, width: leftWidth, style: 'small' },
        { text: t('report:footer.page', { page, pages }), width: rightWidth, alignment: 'right', fontSize: 8 },
      ],
      margin: [PAGE_MARGINS[0], 22, PAGE_MARGINS[2], 0],
    };
  };
}

/**
 * The activities part: for each organisation, its details (who keeps the
 * record) and then one section per activity, each starting a new page, so
 * that an activity's pages can be taken out, replaced or copied on their own.
 */
function activitiesPart(index: ReportIndex, headings: Heading[]): Content[] {
  const t = index.t;
  const content: Content[] = [];
  const several = index.organisations.length > 1;
  for (const organisation of index.organisations) {
    const heading: Heading = several
      ? { id: `activities-${organisation.id}`, title: t('report:sections.activitiesOf', { organisation: organisation.name }), level: 1 }
      : { id: 'activities', title: t('report:sections.activities'), level: 1 };
    headings.push(heading);
    content.push(headingText(heading, { pageBreak: true }), organisationDetails(organisation, index));
    const activities = index.activities.filter((a) => a.organisationId === organisation.id);
    if (activities.length === 0) content.push({ text: DASH });
    for (const activity of activities) {
      const section = activitySection(activity, index, { pageBreak: true });
      headings.push(section.heading);
      content.push(...section.content);
    }
  }
  return content;
}

/** The breach register and the request log, when the report was asked to include them (the document then holds them). */
function dpoRecordParts(index: ReportIndex, part: (id: string, title: string, orientation: 'landscape') => Content): Content[] {
  const { breaches = [], subjectRequests = [] } = index.document;
  return [
    ...(breaches.length ? [part('breaches', index.t('dpoRecords:breach._plural'), 'landscape'), ...breachesSection(breaches, index)] : []),
    ...(subjectRequests.length ? [part('requests', index.t('dpoRecords:request._plural'), 'landscape'), ...requestsSection(subjectRequests, index)] : []),
  ];
}

/** The whole report. */
export function reportDocument(input: ReportInput): TDocumentDefinitions {
  const index = buildReportIndex(input.document, input.lang);
  const t = index.t;
  const headings: Heading[] = [];
  const part = (id: string, title: string, orientation: 'portrait' | 'landscape' = 'portrait'): Content => {
    const heading: Heading = { id, title, level: 1 };
    headings.push(heading);
    return { ...headingText(heading, { pageBreak: true }), pageOrientation: orientation };
  };

  const body: Content[] = [
    part('summary', t('report:sections.summary')),
    ...summarySection(summariseRegister(index), index, input.findings),
    ...activitiesPart(index, headings),
    part('processors', t('report:sections.processors'), 'landscape'),
    ...processorsSection(index),
    part('retention', t('report:sections.retention'), 'landscape'),
    ...retentionSection(index),
    part('transfers', t('report:sections.transfers'), 'landscape'),
    ...transfersSection(index),
    ...dpoRecordParts(index, part),
    part('signature', t('report:sections.signature')),
    ...signatureSection(index, input.date),
    ...(input.versions?.changesSince
      ? [part('changes', t('versions:appendix.title', { since: formatTimestamp(input.versions.changesSince.since.at) || '—' })), ...changesSinceSection(t, input.versions.changesSince)]
      : []),
  ];
  const organisationNames = index.organisations.map((o) => o.name).join(', ');
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    language: input.lang === 'lv' ? 'lv-LV' : 'en-GB',
    info: {
      title: organisationNames ? `${t('report:title')} — ${organisationNames}` : t('report:title'),
      subject: t('report:subtitle'),
      author: index.organisations.map((o) => o.dpoName).filter(Boolean)[0] ?? '',
      creator: 'ROPA',
      producer: 'ROPA (pdfmake)',
      creationDate: input.generatedAt ?? new Date(`${input.date}T00:00:00.000Z`),
    },
    footer: footer(index, input),
    styles,
    defaultStyle,
    content: [...coverSection(index, input), ...contentsSection(t('report:toc.title'), headings), ...body],
  };
}
