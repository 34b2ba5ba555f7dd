import { describe, expect, it } from 'vitest';
import type { BreachRow, RequestRow } from '../../shared/contract/dpo-records.ts';
import { filterBreaches, filterRequests, instantToLocalInput, localInputToInstant, yearsOf } from '../../renderer/src/screens/dpo-records/dpo-filters.ts';

const breach = (id: string, awareAt: string, status: 'open' | 'closed', clock: BreachRow['clock']) => ({ id, awareAt, status, clock }) as BreachRow;
const request = (id: string, receivedOn: string, type: string, due: RequestRow['due'], status: 'open' | 'closed' = 'open') => ({ id, receivedOn, type, due, status }) as RequestRow;

describe('breach and request list filters', () => {
  const breaches = [
    breach('a', '2026-11-20T08:00:00.000Z', 'open', { state: 'running', hoursLeft: 10, due: '2026-11-23T08:00:00.000Z' }),
    breach('b', '2025-03-01T08:00:00.000Z', 'closed', { state: 'settled' }),
    breach('c', '2026-01-01T08:00:00.000Z', 'closed', { state: 'overdue', hoursOver: 500, due: '2026-01-04T08:00:00.000Z' }),
  ];
  it('shows open breaches, breaches whose 72 hours are unsettled, and one year', () => {
    expect(filterBreaches(breaches, { view: 'open', year: '' }).map((b) => b.id)).toEqual(['a']);
    expect(filterBreaches(breaches, { view: 'clock', year: '' }).map((b) => b.id)).toEqual(['a', 'c']);
    expect(filterBreaches(breaches, { view: 'all', year: '2025' }).map((b) => b.id)).toEqual(['b']);
    expect(yearsOf(breaches.map((b) => b.awareAt))).toEqual(['2026', '2025']);
  });

  const requests = [request('1', '2026-10-01', 'access', 'overdue'), request('2', '2026-11-20', 'erasure', 'due-soon'), request('3', '2025-05-05', 'access', 'answered', 'closed')];
  it('shows open, overdue and due-this-week requests, by type and year', () => {
    expect(filterRequests(requests, { view: 'open', type: '', year: '' }).map((r) => r.id)).toEqual(['1', '2']);
    expect(filterRequests(requests, { view: 'overdue', type: '', year: '' }).map((r) => r.id)).toEqual(['1']);
    expect(filterRequests(requests, { view: 'due-soon', type: '', year: '' }).map((r) => r.id)).toEqual(['2']);
    expect(filterRequests(requests, { view: 'all', type: 'access', year: '2026' }).map((r) => r.id)).toEqual(['1']);
  });

  it('turns an instant into the local time of a datetime input and back', () => {
    const local = instantToLocalInput('2026-12-04T22:15:00.000Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(localInputToInstant(local)).toBe('2026-12-04T22:15:00.000Z');
    expect(localInputToInstant('')).toBeNull();
    expect(instantToLocalInput(null)).toBe('');
  });
});
