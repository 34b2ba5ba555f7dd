/**
 * The breach register and the request log as sections of the PDF report,
 * included on request (`dpoRecords`, `ropa export pdf --dpo-records`): an
 * auditor asking for the Art. 30 register does not always ask for them.
 * Landscape tables, their headings repeated on every page.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Breach } from '../../../shared/domain/breach.ts';
import type { SubjectRequest } from '../../../shared/domain/subject-request.ts';
import { requestDeadline } from '../../../shared/dpo-deadlines.ts';
import { formatTimestamp } from '../../../shared/format.ts';
import { CONTENT_WIDTH, DASH, headerRow, lines, orDash, table } from '../layout.ts';
import type { ReportIndex } from '../report-index.ts';

const WIDTH = CONTENT_WIDTH.landscape;

function activityList(ids: readonly string[], index: ReportIndex): string {
  return lines(ids.map((id) => index.document.activities.find((a) => a.id === id)?.number ?? id)) || DASH;
}

function breachRow(b: Breach, index: ReportIndex): TableCell[] {
  const t = index.t;
  const notice =
    b.dviNotifiedAt !== null
      ? lines([formatTimestamp(b.dviNotifiedAt), b.dviReference, b.delayReasons])
      : lines([t(`dpoRecords:dviDecision.${b.dviDecision}`), b.dviNotNotifyingReason]);
  const subjects = lines([t(`dpoRecords:subjectsDecision.${b.subjectsDecision}`), b.subjectsInformedOn ? index.date(b.subjectsInformedOn) : '', b.subjectsNotInformingReason]);
  return [
    { stack: [{ text: `${b.number} ${b.title}`.trim(), bold: true }, { text: orDash(b.description), style: 'small' }] },
    lines([formatTimestamp(b.occurredAt), formatTimestamp(b.awareAt), formatTimestamp(b.containedAt)]) || DASH,
    lines([...b.dataSubjectCategoryIds.map((id) => index.name('dataSubjectCategories', id)), b.approxSubjects === null ? '' : `~${b.approxSubjects}`]) || DASH,
    lines([...b.dataCategoryIds.map((id) => index.name('dataCategories', id)), b.approxRecords === null ? '' : `~${b.approxRecords}`]) || DASH,
    activityList(b.activityIds, index),
    lines([t(`dpoRecords:risk.${b.risk ?? 'none'}`), b.consequences]) || DASH,
    lines([b.measuresTaken, b.measuresProposed]) || DASH,
    notice || DASH,
    subjects || DASH,
    lines([t(`dpoRecords:status.${b.status}`), b.closedOn ? index.date(b.closedOn) : '']),
  ];
}

export function breachesSection(breaches: readonly Breach[], index: ReportIndex): Content[] {
  const f = (field: string) => index.t(`dpoRecords:breach.${field}`);
  return [
    table({
      shares: [17, 10, 10, 11, 7, 11, 11, 9, 8, 6],
      width: WIDTH,
      headerRows: 1,
      body: [
        headerRow([f('title'), `${f('occurredAt')} / ${f('awareAt')} / ${f('containedAt')}`, f('dataSubjectCategoryIds'), f('dataCategoryIds'), f('activityIds'), f('risk'), f('measuresTaken'), f('dviDecision'), f('subjectsDecision'), f('status')]),
        ...breaches.map((b) => breachRow(b, index)),
      ],
    }),
  ];
}

function requestRow(r: SubjectRequest, index: ReportIndex): TableCell[] {
  const t = index.t;
  return [
    { text: `${r.number}\n${r.requester}`, bold: false },
    t(`dpoRecords:type.${r.type}`),
    index.date(r.receivedOn),
    lines([index.date(requestDeadline(r)), r.extensionMonths > 0 ? `+${r.extensionMonths} (${index.date(r.extensionNotifiedOn)})` : '']),
    activityList(r.activityIds, index),
    lines([t(`dpoRecords:outcome.${r.outcome}`), r.refusalReason, r.outcome === 'refused' || r.outcome === 'partly' ? `${t('dpoRecords:request.complaintNoticeGiven')}: ${t(`common:${r.complaintNoticeGiven ? 'yes' : 'no'}`)}` : '']),
    index.date(r.respondedOn),
  ];
}

export function requestsSection(requests: readonly SubjectRequest[], index: ReportIndex): Content[] {
  const f = (field: string) => index.t(`dpoRecords:request.${field}`);
  return [
    table({
      shares: [16, 16, 9, 11, 12, 26, 10],
      width: WIDTH,
      headerRows: 1,
      body: [headerRow([f('requester'), f('type'), f('receivedOn'), f('deadline'), f('activityIds'), f('outcome'), f('respondedOn')]), ...requests.map((r) => requestRow(r, index))],
    }),
  ];
}
