/**
 * The checks' own read of a register (main/services/checks-document.ts)
 * leaves out what no check reads. What proves it leaves out nothing a check
 * needs: the checks' report (every finding's message in Latvian and English,
 * each activity's completeness, the overview's figures) of the lighter
 * document is exactly the whole document's, for the demo register and for a
 * generated register made untidy so that every rule has something to find;
 * and leaving out any one column the read keeps changes that report, so the
 * registers here are ones on which each kept column matters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import type { ActivityColumns } from '../../main/db/repositories/activity-reading.ts';
import type { DB } from '../../main/db/schema.ts';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { CHECKS_COLUMNS, readChecksDocument } from '../../main/services/checks-document.ts';
import { cachedChecksDocument, cachedFindings, cachedRegisterDocument, currentCachedDocument, howFindingsWereRun } from '../../main/services/document-cache.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { readRegisterDocument } from '../../main/services/register-document.ts';
import { generateDpoRecords } from '../../scripts/bench/dpo-records-generator.ts';
import { generateRegister } from '../../scripts/bench/register-generator.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { LANGUAGES } from '../../shared/i18n/index.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { buildChecksReport, type ChecksReport } from '../../shared/rules/report.ts';
import type { Kysely } from 'kysely';
import { untidyForChecks } from './checks-document-untidy.ts';

const TODAY = '2026-11-21';
const NOW = '2026-11-21T12:00:00.000Z';
const now = () => new Date(NOW);

const files: Record<string, { db: Kysely<DB>; close: () => Promise<void> }> = {};

beforeAll(async () => {
  // One folder for the whole file (tempDir's are removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'ropa-checks-doc-'));
  files.demo = await createRegisterFile(join(dir, 'demo.ropa'), { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
  files.generated = await createRegisterFile(join(dir, 'generated.ropa'), {
    now,
    initialise: async (trx) => {
      const generated = generateRegister(await exportRegister(trx), 400);
      const untidy = untidyForChecks({ ...generated, ...generateDpoRecords(generated, 40, 400) });
      await importRegisterDocument(trx, parseRegisterDocument(serialiseRegister(untidy)), { now });
    },
  });
  return async () => {
    for (const file of Object.values(files)) await file.close();
    rmSync(dir, { recursive: true, force: true });
  };
}, 120_000);

const report = (document: RegisterDocument, lang: (typeof LANGUAGES)[number]): ChecksReport =>
  buildChecksReport(document, TODAY, lang, runChecks(document, TODAY, NOW));

/** The read without one of its columns. */
function without(table: keyof ActivityColumns['columns'], column: string): ActivityColumns {
  const kept = (CHECKS_COLUMNS.columns[table] ?? []) as readonly string[];
  return { ...CHECKS_COLUMNS, columns: { ...CHECKS_COLUMNS.columns, [table]: kept.filter((c) => c !== column) } };
}

/** True when `made` is not `expected`, or throws (a rule reading a left-out column may). */
function differs(made: () => ChecksReport, expected: ChecksReport): boolean {
  try {
    return JSON.stringify(made()) !== JSON.stringify(expected);
  } catch {
    return true;
  }
}

describe("the checks' own read of a register", () => {
  for (const register of ['demo', 'generated']) {
    it(`${register} register: the checks' report of the lighter document is the whole document's, in Latvian and English`, async () => {
      const db = (files[register] as { db: Kysely<DB> }).db;
      const whole = await readRegisterDocument(db);
      const light = await readChecksDocument(db);
      expect(whole.activities.length).toBeGreaterThan(10);
      for (const lang of LANGUAGES) expect(report(light, lang)).toEqual(report(whole, lang));
      // It is lighter: what no check reads is not there.
      expect(light.activities.some((a, i) => a.notes !== whole.activities[i]?.notes)).toBe(true);
    });
  }

  it('the untidy register has findings of many rules', async () => {
    const findings = runChecks(await readChecksDocument((files.generated as { db: Kysely<DB> }).db), TODAY, NOW);
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(25);
  });

  const kept = Object.entries(CHECKS_COLUMNS.columns).flatMap(([table, columns]) => (columns ?? []).map((column) => [table, column] as const));
  it.each(kept)('leaving out %s.%s changes the report of one of the registers', async (table, column) => {
      const partial = without(table as keyof ActivityColumns['columns'], column);
      let changed = false;
      for (const file of Object.values(files)) {
        const whole = report(await readRegisterDocument(file.db), 'lv');
        const document = await readChecksDocument(file.db, partial);
        changed ||= differs(() => report(document, 'lv'), whole);
      }
      expect(changed).toBe(true);
  });

  it('after the checks, the breach and request lists answer from their document, and whoever asks for the whole register gets it whole', async () => {
    const db = (files.generated as { db: Kysely<DB> }).db;
    const light = await cachedChecksDocument(db);
    const findings = cachedFindings(light, TODAY, NOW);
    const whole = await readRegisterDocument(db);
    expect(light.activities.map((a) => a.notes)).not.toEqual(whole.activities.map((a) => a.notes));
    expect(await currentCachedDocument(db)).toBe(light);
    expect(light.subjectRequests).toEqual(whole.subjectRequests);
    expect(light.breaches).toEqual(whole.breaches);
    const asked = await cachedRegisterDocument(db);
    expect(asked).toEqual(whole);
    // The same version of the register: its findings carry over, the checks now read the whole document.
    expect(howFindingsWereRun(asked)).toBe('all rules');
    expect(cachedFindings(asked, TODAY, NOW)).toBe(findings);
    expect(await cachedChecksDocument(db)).toBe(asked);
  });
});
