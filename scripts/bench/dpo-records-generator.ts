/**
 * Breaches and data subject requests for a generated register (issue 17):
 * deterministic, spread over three years before the benchmark's day, linked
 * to the register's activities, processors and categories the way a DPO's
 * records would be; some open, some overdue, some refused or extended, so
 * every rule and list filter has work to do.
 */
import type { Breach } from '../../shared/domain/breach.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { REQUEST_TYPES, type SubjectRequest } from '../../shared/domain/subject-request.ts';

const AT = '2026-11-21T10:00:00.000Z';
const meta = (id: string) => ({ id, revision: 1, createdAt: AT, updatedAt: AT });
const DAY = 86_400_000;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `breaches` breaches and `requests` requests over `document`'s activities (which must not be empty). */
export function generateDpoRecords(document: RegisterDocument, breaches: number, requests: number): Pick<RegisterDocument, 'breaches' | 'subjectRequests'> {
  const end = Date.parse(AT);
  const activities = document.activities;
  const processors = document.processors.map((p) => p.id);
  const subjects = document.catalogues.dataSubjectCategories.map((c) => c.id);
  const categories = document.catalogues.dataCategories.map((c) => c.id);
  const organisationOf = (i: number) => activities[i % activities.length]!.organisationId;

  const breachList: Breach[] = Array.from({ length: breaches }, (_, i) => {
    const aware = end - ((i * 1093) % (3 * 365)) * DAY - (i % 24) * 3_600_000;
    const open = i % 50 === 0;
    const notified = !open && i % 3 !== 0;
    return {
      ...meta(`bench-breach-${i}`),
      organisationId: organisationOf(i),
      number: `IN-${String(i + 1).padStart(5, '0')}`,
      title: `Pārkāpums ${i + 1}: ${['nozaudēts dators', 'nepareizs adresāts', 'pikšķerēšana', 'izspiedējvīruss'][i % 4]}`,
      occurredAt: new Date(aware - 6 * 3_600_000).toISOString(),
      awareAt: new Date(aware).toISOString(),
      containedAt: open ? null : new Date(aware + 12 * 3_600_000).toISOString(),
      description: 'Darbinieks ziņoja par notikušo; IT nodaļa pārbaudīja žurnālus un noteica skartos datus.',
      dataSubjectCategoryIds: [subjects[i % subjects.length]!],
      approxSubjects: (i * 37) % 5000,
      approxRecords: (i * 91) % 20000,
      dataCategoryIds: [categories[i % categories.length]!, categories[(i + 7) % categories.length]!].filter((v, j, all) => all.indexOf(v) === j),
      activityIds: [activities[i % activities.length]!.id, activities[(i * 7 + 3) % activities.length]!.id].filter((v, j, all) => all.indexOf(v) === j),
      processorIds: processors.length && i % 4 === 0 ? [processors[i % processors.length]!] : [],
      systems: 'Personāla sistēma\nE-pasts',
      consequences: 'Iespējama identitātes zādzība.',
      risk: (['unlikely', 'risk', 'high_risk'] as const)[i % 3]!,
      riskReasoning: 'Novērtēts pēc ENISA metodikas.',
      measuresTaken: 'Paroles nomainītas, piekļuve bloķēta.',
      measuresProposed: 'Apmācības darbiniekiem.',
      dviDecision: notified ? 'notify' : open ? 'undecided' : 'not_notify',
      dviNotNotifyingReason: !notified && !open ? 'Risks maz ticams: dati šifrēti.' : '',
      dviNotifiedAt: notified ? new Date(aware + 30 * 3_600_000).toISOString() : null,
      dviReference: notified ? `DVI-${i}` : '',
      delayReasons: '',
      subjectsDecision: i % 3 === 2 ? 'inform' : 'undecided',
      subjectsNotInformingReason: '',
      subjectsInformedOn: i % 3 === 2 ? isoDay(aware + 3 * DAY) : null,
      subjectsInformedHow: i % 3 === 2 ? 'E-pasts' : '',
      processorNoticeAt: null,
      processorNoticeTo: '',
      status: open ? 'open' : 'closed',
      closedOn: open ? null : isoDay(aware + 10 * DAY),
      attachments: [`Akts ${i + 1}`],
      notes: '',
    };
  });

  const requestList: SubjectRequest[] = Array.from({ length: requests }, (_, i) => {
    const received = end - ((i * 7919) % (3 * 365)) * DAY;
    const open = i % 40 === 0;
    const refused = i % 17 === 0;
    return {
      ...meta(`bench-request-${i}`),
      organisationId: organisationOf(i),
      number: `DS-${String(i + 1).padStart(5, '0')}`,
      type: REQUEST_TYPES[i % REQUEST_TYPES.length]!,
      receivedOn: isoDay(received),
      channel: (['email', 'post', 'web_form', 'in_person'] as const)[i % 4]!,
      requester: `Klients K-${10_000 + i}`,
      identityVerification: 'E-paraksts',
      identityVerifiedOn: isoDay(received + DAY),
      extensionMonths: i % 25 === 0 ? 1 : 0,
      extensionNotifiedOn: i % 25 === 0 && i % 50 !== 0 ? isoDay(received + 10 * DAY) : null,
      extensionReasons: i % 25 === 0 ? 'Liels pieprasījumu skaits' : '',
      dataSubjectCategoryIds: [subjects[i % subjects.length]!],
      activityIds: [activities[(i * 13) % activities.length]!.id],
      outcome: open ? 'pending' : refused ? 'refused' : 'done',
      refusalReason: refused ? 'Acīmredzami nepamatots (12. panta 5. punkts)' : '',
      complaintNoticeGiven: refused && i % 2 === 0,
      respondedOn: open ? null : isoDay(received + 20 * DAY),
      status: open ? 'open' : 'closed',
      notes: '',
    };
  });
  return { breaches: breachList, subjectRequests: requestList };
}
