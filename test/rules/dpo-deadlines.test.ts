import { describe, expect, it } from 'vitest';
import { addCalendarMonths, breachClock, requestDeadline, requestDue } from '../../shared/dpo-deadlines.ts';

const due = (receivedOn: string, extensionMonths = 0) => requestDeadline({ receivedOn, extensionMonths });

describe('the deadline of a data subject request (Art. 12(3), Reg. 1182/71 Art. 3(2)(c))', () => {
  it('is the same day of the next month', () => {
    expect(due('2026-11-02')).toBe('2026-12-02');
    expect(due('2026-12-15')).toBe('2027-01-15');
  });

  it('is the last day of a shorter month at month ends', () => {
    expect(due('2027-01-31')).toBe('2027-02-28');
    expect(due('2026-10-31')).toBe('2026-11-30');
    expect(due('2027-03-31')).toBe('2027-04-30');
    expect(due('2027-01-30')).toBe('2027-02-28');
  });

  it('counts 29 February in leap years', () => {
    expect(due('2028-01-31')).toBe('2028-02-29');
    expect(due('2028-01-29')).toBe('2028-02-29');
    expect(due('2028-02-29')).toBe('2028-03-29');
    expect(due('2100-01-31')).toBe('2100-02-28');
    expect(due('2000-01-31')).toBe('2000-02-29');
  });

  it('is not moved by Latvian public holidays or weekends: the GDPR counts calendar days', () => {
    // 18 November (Proclamation Day), 4 May (Restoration of Independence), 24–26 December, 1 January.
    expect(due('2026-10-18')).toBe('2026-11-18');
    expect(due('2027-04-04')).toBe('2027-05-04');
    expect(due('2026-11-25')).toBe('2026-12-25');
    expect(due('2026-12-01')).toBe('2027-01-01');
    // A Saturday: 2027-03-20.
    expect(due('2027-02-20')).toBe('2027-03-20');
  });

  it('with an extension, counts the months from receipt, not from the first deadline', () => {
    expect(due('2027-01-31', 2)).toBe('2027-04-30');
    expect(due('2027-11-30', 2)).toBe('2028-02-29');
    expect(due('2026-12-31', 1)).toBe('2027-02-28');
  });

  it('crosses the year', () => {
    expect(addCalendarMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('an open request is overdue the day after its deadline, due this week within seven days', () => {
    const request = { receivedOn: '2027-01-31', extensionMonths: 0, respondedOn: null, status: 'open' as const };
    expect(requestDue(request, '2027-02-28')).toBe('due-soon');
    expect(requestDue(request, '2027-03-01')).toBe('overdue');
    expect(requestDue(request, '2027-02-20')).toBe('on-time');
    expect(requestDue({ ...request, respondedOn: '2027-03-05' }, '2027-04-01')).toBe('answered');
  });
});

describe('the 72-hour clock of a breach (Art. 33(1))', () => {
  const breach = { awareAt: '2026-12-04T22:15:00.000Z', status: 'open' as const, dviDecision: 'undecided' as const, dviNotifiedAt: null, dviNotNotifyingReason: '' };

  it('counts whole hours left, then hours past', () => {
    expect(breachClock(breach, '2026-12-04T23:15:00.000Z')).toEqual({ state: 'running', hoursLeft: 71, due: '2026-12-07T22:15:00.000Z' });
    expect(breachClock(breach, '2026-12-07T22:14:00.000Z')).toMatchObject({ state: 'running', hoursLeft: 0 });
    expect(breachClock(breach, '2026-12-08T01:15:00.000Z')).toMatchObject({ state: 'overdue', hoursOver: 3 });
  });

  it('stops once DVI is notified or not notifying is documented with reasons', () => {
    expect(breachClock({ ...breach, dviNotifiedAt: '2026-12-05T10:00:00.000Z', dviDecision: 'notify' }, '2026-12-09T00:00:00.000Z')).toEqual({ state: 'settled' });
    expect(breachClock({ ...breach, dviDecision: 'not_notify' }, '2026-12-09T00:00:00.000Z')).toMatchObject({ state: 'overdue' });
    expect(breachClock({ ...breach, dviDecision: 'not_notify', dviNotNotifyingReason: 'Risks maz ticams' }, '2026-12-09T00:00:00.000Z')).toEqual({ state: 'settled' });
  });
});
