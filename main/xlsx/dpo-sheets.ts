/**
 * The breach register and the request log as table sheets (one sheet each),
 * in the Excel workbook when the register holds them, and as the rows the
 * CLI's `breaches export` / `requests export` write. Links are written as
 * the register names them (activity numbers and names, catalogue names in
 * the reader's language); instants in local time, dd.mm.gggg hh:mm.
 */
import type { Breach } from '../../shared/domain/breach.ts';
import { REQUEST_TYPE_ARTICLE, type SubjectRequest } from '../../shared/domain/subject-request.ts';
import { requestDeadline } from '../../shared/dpo-deadlines.ts';
import { formatTimestamp } from '../../shared/format.ts';
import { isoToCellDate } from './cells.ts';
import { activityTitle, lines, type RegisterText } from './register-text.ts';
import { WIDTH, tableSheet, type Column, type SheetSpec } from './sheet-model.ts';

const ORDINARY = 'ordinary';

/** 'PD-01 Algu aprēķins', one per line. */
function activityTitles(text: RegisterText, ids: readonly string[]): string {
  return lines(
    ids.map((id) => {
      const activity = text.activity(id);
      return activity ? activityTitle(activity) : id;
    }),
  );
}

export function breachesSheet(text: RegisterText, breaches: readonly Breach[]): SheetSpec {
  const { t } = text;
  const f = (field: string) => t(`dpoRecords:breach.${field}`);
  const dataCategory = (id: string) => {
    const kind = (text.entry('dataCategories', id) as { kind?: string } | undefined)?.kind;
    return kind && kind !== ORDINARY ? `${text.name('dataCategories', id)} (${f('specialFlag')})` : text.name('dataCategories', id);
  };
  const columns: Array<Column<Breach>> = [
    { header: t('fields:organisation._'), width: WIDTH.medium, value: (b) => text.organisation(b.organisationId)?.name ?? '' },
    { header: f('number'), width: WIDTH.number, value: (b) => b.number },
    { header: f('title'), width: WIDTH.medium, value: (b) => b.title },
    { header: f('occurredAt'), width: WIDTH.short, value: (b) => formatTimestamp(b.occurredAt) },
    { header: f('awareAt'), width: WIDTH.short, value: (b) => formatTimestamp(b.awareAt) },
    { header: f('containedAt'), width: WIDTH.short, value: (b) => formatTimestamp(b.containedAt) },
    { header: f('description'), width: WIDTH.long, value: (b) => b.description },
    { header: f('dataSubjectCategoryIds'), width: WIDTH.medium, value: (b) => lines(b.dataSubjectCategoryIds.map((id) => text.name('dataSubjectCategories', id))) },
    { header: f('approxSubjects'), width: WIDTH.number, type: 'number', value: (b) => b.approxSubjects },
    { header: f('dataCategoryIds'), width: WIDTH.medium, value: (b) => lines(b.dataCategoryIds.map(dataCategory)) },
    { header: f('approxRecords'), width: WIDTH.number, type: 'number', value: (b) => b.approxRecords },
    { header: f('activityIds'), width: WIDTH.long, value: (b) => activityTitles(text, b.activityIds) },
    { header: f('processorIds'), width: WIDTH.medium, value: (b) => lines(b.processorIds.map((id) => text.processor(id)?.name ?? id)) },
    { header: f('systems'), width: WIDTH.medium, value: (b) => b.systems },
    { header: f('consequences'), width: WIDTH.long, value: (b) => b.consequences },
    { header: f('risk'), width: WIDTH.short, value: (b) => t(`dpoRecords:risk.${b.risk ?? 'none'}`) },
    { header: f('riskReasoning'), width: WIDTH.long, value: (b) => b.riskReasoning },
    { header: f('measuresTaken'), width: WIDTH.long, value: (b) => b.measuresTaken },
    { header: f('measuresProposed'), width: WIDTH.long, value: (b) => b.measuresProposed },
    { header: f('dviDecision'), width: WIDTH.short, value: (b) => t(`dpoRecords:dviDecision.${b.dviDecision}`) },
    { header: f('dviNotNotifyingReason'), width: WIDTH.long, value: (b) => b.dviNotNotifyingReason },
    { header: f('dviNotifiedAt'), width: WIDTH.short, value: (b) => formatTimestamp(b.dviNotifiedAt) },
    { header: f('dviReference'), width: WIDTH.short, value: (b) => b.dviReference },
    { header: f('delayReasons'), width: WIDTH.long, value: (b) => b.delayReasons },
    { header: f('subjectsDecision'), width: WIDTH.short, value: (b) => t(`dpoRecords:subjectsDecision.${b.subjectsDecision}`) },
    { header: f('subjectsNotInformingReason'), width: WIDTH.long, value: (b) => b.subjectsNotInformingReason },
    { header: f('subjectsInformedOn'), width: WIDTH.date, type: 'date', value: (b) => isoToCellDate(b.subjectsInformedOn) },
    { header: f('subjectsInformedHow'), width: WIDTH.medium, value: (b) => b.subjectsInformedHow },
    { header: f('processorNoticeAt'), width: WIDTH.short, value: (b) => formatTimestamp(b.processorNoticeAt) },
    { header: f('processorNoticeTo'), width: WIDTH.medium, value: (b) => b.processorNoticeTo },
    { header: f('status'), width: WIDTH.number, value: (b) => t(`dpoRecords:status.${b.status}`) },
    { header: f('closedOn'), width: WIDTH.date, type: 'date', value: (b) => isoToCellDate(b.closedOn) },
    { header: f('attachments'), width: WIDTH.medium, value: (b) => lines(b.attachments) },
    { header: f('notes'), width: WIDTH.long, value: (b) => b.notes },
  ];
  return tableSheet(t('dpoRecords:sheets.breaches'), columns, breaches);
}

export function requestsSheet(text: RegisterText, requests: readonly SubjectRequest[]): SheetSpec {
  const { t } = text;
  const f = (field: string) => t(`dpoRecords:request.${field}`);
  const columns: Array<Column<SubjectRequest>> = [
    { header: t('fields:organisation._'), width: WIDTH.medium, value: (r) => text.organisation(r.organisationId)?.name ?? '' },
    { header: f('number'), width: WIDTH.number, value: (r) => r.number },
    { header: f('type'), width: WIDTH.medium, value: (r) => t(`dpoRecords:type.${r.type}`) },
    { header: f('article'), width: WIDTH.number, value: (r) => REQUEST_TYPE_ARTICLE[r.type] },
    { header: f('receivedOn'), width: WIDTH.date, type: 'date', value: (r) => isoToCellDate(r.receivedOn) },
    { header: f('channel'), width: WIDTH.short, value: (r) => t(`dpoRecords:channel.${r.channel}`) },
    { header: f('requester'), width: WIDTH.medium, value: (r) => r.requester },
    { header: f('identityVerification'), width: WIDTH.medium, value: (r) => r.identityVerification },
    { header: f('identityVerifiedOn'), width: WIDTH.date, type: 'date', value: (r) => isoToCellDate(r.identityVerifiedOn) },
    { header: f('deadline'), width: WIDTH.date, type: 'date', value: (r) => isoToCellDate(requestDeadline(r)) },
    { header: f('extensionMonths'), width: WIDTH.number, type: 'number', value: (r) => r.extensionMonths },
    { header: f('extensionNotifiedOn'), width: WIDTH.date, type: 'date', value: (r) => isoToCellDate(r.extensionNotifiedOn) },
    { header: f('extensionReasons'), width: WIDTH.long, value: (r) => r.extensionReasons },
    { header: f('dataSubjectCategoryIds'), width: WIDTH.medium, value: (r) => lines(r.dataSubjectCategoryIds.map((id) => text.name('dataSubjectCategories', id))) },
    { header: f('activityIds'), width: WIDTH.long, value: (r) => activityTitles(text, r.activityIds) },
    { header: f('outcome'), width: WIDTH.short, value: (r) => t(`dpoRecords:outcome.${r.outcome}`) },
    { header: f('refusalReason'), width: WIDTH.long, value: (r) => r.refusalReason },
    { header: f('complaintNoticeGiven'), width: WIDTH.short, value: (r) => text.yesNo(r.complaintNoticeGiven) },
    { header: f('respondedOn'), width: WIDTH.date, type: 'date', value: (r) => isoToCellDate(r.respondedOn) },
    { header: f('status'), width: WIDTH.number, value: (r) => t(`dpoRecords:status.${r.status}`) },
    { header: f('notes'), width: WIDTH.long, value: (r) => r.notes },
  ];
  return tableSheet(t('dpoRecords:sheets.requests'), columns, requests);
}

/** The sheets for the records the document holds (none when it holds none). */
export function dpoSheets(text: RegisterText): SheetSpec[] {
  const { breaches = [], subjectRequests = [] } = text.document;
  return [...(breaches.length ? [breachesSheet(text, breaches)] : []), ...(subjectRequests.length ? [requestsSheet(text, subjectRequests)] : [])];
}
