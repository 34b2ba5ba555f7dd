/**
 * The app's ordinary open of a register is probed first in a child process
 * under the deadline (main/services/open-probe.ts), the way browser mode and
 * the desktop app wire it (`platform.probeFile`):
 *
 * - a register of the app's own schema opens, the probe costing a fraction
 *   of a second once the child runs;
 * - every hostile file of the corpus (its own endless views and triggers,
 *   views replacing tables, wrong versions, index damage) is refused by the
 *   probe with its code, in bounded time, the file unchanged and nothing
 *   open: the exact-schema check refuses every file whose own SQL could hang;
 * - a backup is probed before it is restored, the register kept open when
 *   the probe refuses it;
 * - what is left (ROPA's own statements on a file's data) is bounded: a
 *   probe that does not finish within the deadline is killed and the open
 *   refused with TOO_LONG_ON_FILE (here a deadline shorter than the probe
 *   takes), while the app keeps answering, and a later open works.
 *
 * There is no file with exactly ROPA's schema whose reads never end that
 * could be built here: that is what the probe is a backstop for.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { toErrorShape, type AppError } from '../../main/errors.ts';
import { exportRegister, importRegisterDocument } from '../../main/services/json-exchange.ts';
import { probeUnderDeadline } from '../../main/services/open-probe.ts';
import { value } from '../helpers/app.ts';
import { hostileRegisters } from '../helpers/hostile-registers.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { generateRegister } from '../../scripts/bench/register-generator.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { probedApp } from '../helpers/probed-app.ts';

describe('the open of a register is probed in a child process under the deadline', () => {
  it('opens a register of the app’s own schema; the probe runs first and reads the whole register', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'demo.ropa'));
    const probes: string[] = [];
    const app = probedApp(60_000, probes);
    const first = performance.now();
    await app.open(path);
    const firstMs = performance.now() - first;
    await app.close();
    const again = performance.now();
    await app.open(path);
    const againMs = performance.now() - again;
    console.log(`open with the probe: first ${Math.round(firstMs)} ms (the child starts), then ${Math.round(againMs)} ms`);
    expect(probes).toEqual([path, path]);
    expect((await value(app, 'activities:list', {})).length).toBeGreaterThan(10);
    expect(await probeUnderDeadline(path, undefined, 60_000)).toMatchObject({ activities: 18 });
    await app.close();
  }, 120_000);

  it('refuses every hostile file of the corpus in the child, in bounded time, the file unchanged and nothing open', async () => {
    const corpus = await hostileRegisters(tempDir());
    const app = probedApp(10_000);
    let slowest = 0;
    for (const file of corpus) {
      const before = fileHash(file.path);
      const started = performance.now();
      const refused = await app.open(file.path).then(
        () => null,
        (error: unknown) => error as { code?: string },
      );
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      expect([file.name, refused?.code]).toEqual([file.name, file.code]);
      expect(ms, file.name).toBeLessThan(5000);
      expect(fileHash(file.path), file.name).toBe(before);
      expect(app.session, file.name).toBeNull();
    }
    console.log(`${corpus.length} hostile files refused by the open's probe, the slowest in ${Math.round(slowest)} ms`);
    expect(corpus.length).toBeGreaterThanOrEqual(50);
  }, 300_000);

  it('probes a backup before restoring it: a backup carrying an endless view is refused, the register stays open and unchanged', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'restore.ropa'));
    const probes: string[] = [];
    const app = probedApp(60_000, probes);
    await app.open(path);
    const backup = await app.backupNow();
    const writer = new Database(backup.path);
    writer.exec('CREATE VIEW everything AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n');
    writer.close();
    const before = fileHash(path);
    const refused = await app.restoreBackup(backup.id).then(
      () => null,
      (error: unknown) => error as AppError,
    );
    expect(refused?.code).toBe('FOREIGN_SCHEMA');
    expect(probes).toEqual([path, backup.path]);
    expect(app.session?.path).toBe(path);
    expect((await value(app, 'activities:list', {})).length).toBeGreaterThan(10);
    await app.close();
    expect(fileHash(path)).toBe(before);
  }, 120_000);

  it('a probe past its deadline is killed and the open refused (TOO_LONG_ON_FILE, lv and en), the file unchanged; the app answers and a later open works', async () => {
    // 3,000 activities: its probe (every check and one whole read) takes well over the 10 ms given here, even in a
    // child already running and on a quiet machine: what a file whose reads never end would meet.
    const path = join(tempDir(), 'slow.ropa');
    const empty = await createRegisterFile(join(tempDir(), 'empty.ropa'), { now: () => new Date(2026, 10, 21, 9) });
    const document = generateRegister(await exportRegister(empty.db), 3000);
    await empty.close();
    const created = await createRegisterFile(path, { now: () => new Date(2026, 10, 21, 9), initialise: (trx) => importRegisterDocument(trx, document, { now: () => new Date(2026, 10, 21, 9) }).then(() => undefined) });
    await created.close();
    const before = fileHash(path);
    const app = probedApp(10);
    const started = performance.now();
    const opened = await app.open(path).then(
      () => null,
      (error: unknown) => error as AppError,
    );
    const ms = performance.now() - started;
    expect(opened?.code).toBe('TOO_LONG_ON_FILE');
    expect(ms).toBeLessThan(3000);
    expect(app.session).toBeNull();
    expect(fileHash(path)).toBe(before);
    expect(toErrorShape(opened!, 'en').message).toMatch(/^Working on the file slow\.ropa took more than 0\.01 s and was stopped\./);
    expect(toErrorShape(opened!, 'lv').message).toMatch(/^Darbs ar failu slow\.ropa ilga vairāk nekā 0\.01 s un tika apturēts\./);
    // The app was never blocked: it answers, and with a sensible deadline the same file opens.
    expect((await value(app, 'app:info', {})).transport).toBe('web');
    const patient = probedApp(60_000);
    await patient.open(path);
    expect(patient.session).not.toBeNull();
    await patient.close();
  }, 120_000);
});
