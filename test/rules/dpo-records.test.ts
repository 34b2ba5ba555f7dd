import { describe, expect, it } from 'vitest';
import { emptyBreach, type Breach } from '../../shared/domain/breach.ts';
import { emptySubjectRequest, type SubjectRequest } from '../../shared/domain/subject-request.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { findingsOf, register, ruleCases, TODAY, useCatalogues } from './helpers.ts';

useCatalogues();

const meta = (id: string) => ({ id, revision: 1, createdAt: '2027-01-01T10:00:00.000Z', updatedAt: '2027-01-01T10:00:00.000Z' });

/** A breach the rules find nothing wrong with, checked on TODAY (15.03.2027, 00:00 UTC): notified in time. */
function breach(overrides: Partial<Breach> = {}): Breach {
  return {
    ...meta('br-1'),
    ...emptyBreach('org-1', new Date('2027-03-10T12:00:00.000Z')),
    number: 'IN-1',
    title: 'Nosūtīts nepareizam adresātam',
    occurredAt: '2027-03-10T09:00:00.000Z',
    awareAt: '2027-03-10T12:00:00.000Z',
    containedAt: '2027-03-10T13:00:00.000Z',
    description: 'Algu lapiņa nosūtīta citam darbiniekam.',
    dataSubjectCategoryIds: ['ds-employees'],
    approxSubjects: 1,
    approxRecords: 1,
    dataCategoryIds: ['dc-payroll'],
    risk: 'risk',
    dviDecision: 'notify',
    dviNotifiedAt: '2027-03-11T10:00:00.000Z',
    dviReference: 'DVI-1',
    ...overrides,
  };
}

/** A request answered in time. */
function request(overrides: Partial<SubjectRequest> = {}): SubjectRequest {
  return {
    ...meta('rq-1'),
    ...emptySubjectRequest('org-1', '2027-02-01'),
    number: 'DS-1',
    receivedOn: '2027-02-01',
    requester: 'Klients K-7',
    outcome: 'done',
    respondedOn: '2027-02-20',
    status: 'closed',
    ...overrides,
  };
}

const withRecords = (breaches: Breach[], subjectRequests: SubjectRequest[] = []): RegisterDocument => ({ ...register(), breaches, subjectRequests });
const notNotified = { dviDecision: 'undecided', dviNotifiedAt: null, dviReference: '' } as const;
const open = { outcome: 'pending', respondedOn: null, status: 'open' } as const;

describe('breaches', () => {
  ruleCases([
    {
      rule: 'breach.not-notified',
      when: 'more than 72 hours have passed since the controller became aware, with no notification and no decision',
      trigger: () => withRecords([breach({ ...notNotified, awareAt: '2027-03-11T23:00:00.000Z' })]),
      expected: ['br-1: dviDecision'],
      mentions: { lv: ['IN-1', '72 stundas', 'DVI'], en: ['IN-1', '72 hours', 'DVI'] },
      notWhen: 'the 72 hours end an hour after the check (aware 12.03 01:00 UTC)',
      nearMiss: () => withRecords([breach({ ...notNotified, awareAt: '2027-03-12T01:00:00.000Z' })]),
    },
    {
      rule: 'breach.not-notified',
      when: 'the decision is “do not notify” but no reasons are written',
      trigger: () => withRecords([breach({ ...notNotified, dviDecision: 'not_notify' })]),
      expected: ['br-1: dviDecision'],
      notWhen: 'the decision not to notify is documented with its reasons',
      nearMiss: () => withRecords([breach({ ...notNotified, dviDecision: 'not_notify', dviNotNotifyingReason: 'Šifrēts nesējs: risks maz ticams.' })]),
    },
    {
      rule: 'breach.delay-unexplained',
      when: 'notified 80 hours after becoming aware, without reasons',
      trigger: () => withRecords([breach({ dviNotifiedAt: '2027-03-13T20:00:00.000Z' })]),
      expected: ['br-1: delayReasons'],
      mentions: { lv: ['80 stundas'], en: ['80 hours'] },
      notWhen: 'the reasons for the delay are recorded',
      nearMiss: () => withRecords([breach({ dviNotifiedAt: '2027-03-13T20:00:00.000Z', delayReasons: 'Apstrādātājs paziņoja novēloti.' })]),
    },
    {
      rule: 'breach.high-risk-not-informed',
      when: 'a high-risk breach has no date of informing the data subjects and no Art. 34(3) reason',
      trigger: () => withRecords([breach({ risk: 'high_risk', subjectsDecision: 'not_inform' })]),
      expected: ['br-1: subjectsDecision'],
      notWhen: 'the Art. 34(3) reason is recorded',
      nearMiss: () => withRecords([breach({ risk: 'high_risk', subjectsDecision: 'not_inform', subjectsNotInformingReason: '34. panta 3. punkta a): dati šifrēti.' })]),
    },
  ]);

  it('counts the 72 hours to the hour when the check is given the moment', () => {
    const document = withRecords([breach({ ...notNotified, awareAt: '2027-03-12T01:00:00.000Z' })]);
    const at = (now: string) => runChecks(document, TODAY, now).filter((f) => f.ruleId === 'breach.not-notified').length;
    expect(at('2027-03-15T00:59:59.000Z')).toBe(0);
    expect(at('2027-03-15T01:00:01.000Z')).toBe(1);
  });

  it('still finds a closed breach that was never notified and has no decision', () => {
    expect(findingsOf(withRecords([breach({ ...notNotified, status: 'closed', closedOn: '2027-03-12' })]), 'breach.not-notified')).toEqual(['br-1: dviDecision']);
  });
});

describe('data subject requests', () => {
  ruleCases([
    {
      rule: 'request.overdue',
      when: 'an open request was received on 14.02 (due 14.03) and today is 15.03',
      trigger: () => withRecords([], [request({ ...open, receivedOn: '2027-02-14' })]),
      expected: ['rq-1: respondedOn'],
      mentions: { lv: ['14.03.2027', 'DS-1'], en: ['14.03.2027'] },
      notWhen: 'it is due today',
      nearMiss: () => withRecords([], [request({ ...open, receivedOn: '2027-02-15' })]),
    },
    {
      rule: 'request.due-this-week',
      when: 'an open request is due in seven days',
      trigger: () => withRecords([], [request({ ...open, receivedOn: '2027-02-22' })]),
      expected: ['rq-1: respondedOn'],
      mentions: { lv: ['22.03.2027'], en: ['22.03.2027'] },
      notWhen: 'it is due in eight days',
      nearMiss: () => withRecords([], [request({ ...open, receivedOn: '2027-02-23' })]),
    },
    {
      rule: 'request.extension-not-notified',
      when: 'the deadline is extended but the requester was never told',
      trigger: () => withRecords([], [request({ ...open, receivedOn: '2027-02-01', extensionMonths: 2, extensionReasons: 'Sarežģīts pieprasījums' })]),
      expected: ['rq-1: extensionNotifiedOn'],
      mentions: { lv: ['01.03.2027'], en: ['01.03.2027'] },
      notWhen: 'the requester was told within the first month, with the reasons',
      nearMiss: () =>
        withRecords([], [request({ ...open, receivedOn: '2027-02-01', extensionMonths: 2, extensionNotifiedOn: '2027-02-25', extensionReasons: 'Sarežģīts pieprasījums' })]),
    },
    {
      rule: 'request.extension-not-notified',
      when: 'the requester was told of the extension after the first month had ended',
      trigger: () => withRecords([], [request({ ...open, receivedOn: '2027-02-01', extensionMonths: 1, extensionNotifiedOn: '2027-03-02', extensionReasons: 'Daudz datu' })]),
      expected: ['rq-1: extensionNotifiedOn'],
      notWhen: 'there is no extension',
      nearMiss: () => withRecords([], [request({ ...open, receivedOn: '2027-02-20' })]),
    },
    {
      rule: 'request.refusal-without-notice',
      when: 'a refusal with a reason does not record the Art. 12(4) notice',
      trigger: () => withRecords([], [request({ outcome: 'refused', refusalReason: 'Acīmredzami nepamatots (12. panta 5. punkts)' })]),
      expected: ['rq-1: complaintNoticeGiven'],
      notWhen: 'the requester was told of the right to complain',
      nearMiss: () => withRecords([], [request({ outcome: 'refused', refusalReason: 'Acīmredzami nepamatots', complaintNoticeGiven: true })]),
    },
  ]);

  it('finds an answered request neither overdue nor due, whatever its deadline', () => {
    const document = withRecords([], [request({ receivedOn: '2027-01-02', respondedOn: '2027-03-10', status: 'open' })]);
    expect(findingsOf(document, 'request.overdue')).toEqual([]);
  });
});
