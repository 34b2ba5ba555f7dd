/**
 * Findings are listed by severity: on each record errors first, then
 * warnings, then information (they used to follow the rules' order, which
 * put an information between an error and a warning), and the flat lists
 * (the Excel sheet, the PDF table) have every error before any warning.
 */
import { describe, expect, it } from 'vitest';
import { findingsSheet } from '../../main/xlsx/findings-sheet.ts';
import { translator } from '../../shared/i18n/index.ts';
import { checkActivity, runChecks, type Finding } from '../../shared/rules/index.ts';
import { TODAY, activity, organisation, processor, purpose, register, retentionRule } from './helpers.ts';
import { useCatalogues } from './helpers.ts';

useCatalogues();

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** An activity with an error (no purpose's basis), warnings and an information (no DPIA screening). */
function mixedRegister() {
  return register({
    organisations: [organisation({ dpoName: '', dpoEmail: '' })],
    processors: [processor({ contractExpiry: '2027-04-01' })],
    retentionRules: [retentionRule()],
    activities: [
      activity({ purposes: [purpose({ legalBasisIds: [] })], dpiaStatus: 'not_assessed', dpiaCriteria: [], lastReviewedOn: null, nextReviewOn: null }),
      activity({ id: 'act-2', number: 'PD-02', purposes: [purpose({ legalBasisIds: ['lb-f'], legitimateInterest: '' })], nextReviewOn: null }),
    ],
  });
}

function severitiesByRecord(findings: readonly Finding[]): Map<string, string[]> {
  const byRecord = new Map<string, string[]>();
  for (const finding of findings) byRecord.set(finding.entity.id, [...(byRecord.get(finding.entity.id) ?? []), finding.severity]);
  return byRecord;
}

const ordered = (severities: readonly string[]) => severities.every((s, i) => i === 0 || RANK[severities[i - 1] as keyof typeof RANK] <= RANK[s as keyof typeof RANK]);

describe('the order of findings', () => {
  it('lists each record’s findings as errors, then warnings, then information', () => {
    const findings = runChecks(mixedRegister(), TODAY);
    const byRecord = severitiesByRecord(findings);
    // The case is a real one: some record has all three severities.
    expect([...byRecord.values()].some((list) => new Set(list).size === 3), JSON.stringify([...byRecord])).toBe(true);
    for (const [record, severities] of byRecord) expect(ordered(severities), `${record}: ${severities.join(', ')}`).toBe(true);
  });

  it('orders the activity editor’s list the same way', () => {
    const severities = checkActivity(mixedRegister(), 'act-1', TODAY).map((f) => f.severity);
    expect(new Set(severities).size).toBe(3);
    expect(ordered(severities), severities.join(', ')).toBe(true);
  });

  it('puts every error before any warning, and warnings before information, in the Excel sheet', () => {
    const sheet = findingsSheet(mixedRegister(), 'lv', TODAY);
    const t = translator('lv');
    const label: Record<string, number> = { [t('checks:severity.error')]: 0, [t('checks:severity.warning')]: 1, [t('checks:severity.info')]: 2 };
    const rows = (sheet as unknown as { rows: unknown[][] }).rows;
    const ranks = rows.map((row) => label[String(row[0])]);
    expect(ranks.every((rank) => rank !== undefined), JSON.stringify(rows.map((row) => row[0]))).toBe(true);
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(ranks).size).toBe(3);
  });
});
