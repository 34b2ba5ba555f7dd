/**
 * The statement-time backstop (main/services/file-deadline.ts): work on a
 * file from elsewhere runs in a child process that is killed once a
 * deadline passes. A statement that would run forever (an endless
 * recursive view in a hostile file, queried as a reader without ROPA's
 * schema check would) is stopped in bounded time with a clear message in
 * Latvian and English, and the file is unchanged; `ropa verify` and
 * `ropa repair` go through it (exit 2, one line, nothing written).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import { fileDeadlineMs, runUnderDeadline } from '../../main/services/file-deadline.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

const ENDLESS = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n';
const TASK = new URL('../helpers/endless-query-task.ts', import.meta.url);

/** A demo register carrying an endless recursive view. */
async function endlessRegister(): Promise<string> {
  const path = await demoRegisterFile(join(tempDir(), 'endless.ropa'));
  const db = new Database(path);
  db.exec(`CREATE VIEW everything AS ${ENDLESS}`);
  db.close();
  return path;
}

async function cli(args: string[], lang: 'lv' | 'en' = 'en') {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), now: () => new Date(), lang, cwd: tempDir() });
  return { status, stdout, stderr };
}

const saved = process.env.ROPA_DEADLINE_SECONDS;
afterEach(() => {
  if (saved === undefined) delete process.env.ROPA_DEADLINE_SECONDS;
  else process.env.ROPA_DEADLINE_SECONDS = saved;
});

describe('the statement-time backstop', () => {
  it('stops a query that would run forever in bounded time, with a clear message, the file unchanged', async () => {
    const path = await endlessRegister();
    const before = fileHash(path);
    const started = performance.now();
    const refused = await runUnderDeadline({ module: TASK, name: 'countViewRows', args: [path, 'everything'] }, path, 2000).then(
      () => null,
      (error: unknown) => error,
    );
    const ms = performance.now() - started;
    console.log(`endless query stopped after ${Math.round(ms)} ms (deadline 2000 ms)`);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('TOO_LONG_ON_FILE');
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(5000);
    expect(toErrorShape(refused as AppError, 'en').message).toBe(
      'Working on the file endless.ropa took more than 2 s and was stopped. Its content may be made to hold the program up; the file was not changed. If it is very large, try again with a longer deadline (ROPA_DEADLINE_SECONDS).',
    );
    expect(toErrorShape(refused as AppError, 'lv').message).toMatch(/^Darbs ar failu endless\.ropa ilga vairāk nekā 2 s un tika apturēts\. .*fails nav mainīts\./);
    expect(fileHash(path)).toBe(before);
  }, 30_000);

  it('answers what the task answers when it ends in time, and its refusals as they were', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'fine.ropa'));
    const db = new Database(path);
    db.exec('CREATE VIEW three AS SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3');
    db.close();
    expect(await runUnderDeadline({ module: TASK, name: 'countViewRows', args: [path, 'three'] }, path, 30_000)).toBe(3);
    const missing = await runUnderDeadline({ module: new URL('../../main/services/verify-file.ts', import.meta.url), name: 'verifyRegisterFile', args: [join(tempDir(), 'none.ropa'), undefined, new Date().toISOString()] }, 'none.ropa', 30_000).catch((error: unknown) => error);
    expect((missing as AppError).code).toBe('FILE_NOT_FOUND');
  }, 60_000);

  it('takes its deadline from ROPA_DEADLINE_SECONDS, else 120 s', () => {
    expect(fileDeadlineMs({})).toBe(120_000);
    expect(fileDeadlineMs({ ROPA_DEADLINE_SECONDS: '2.5' })).toBe(2500);
    expect(fileDeadlineMs({ ROPA_DEADLINE_SECONDS: 'soon' })).toBe(120_000);
    expect(fileDeadlineMs({ ROPA_DEADLINE_SECONDS: '-1' })).toBe(120_000);
  });

  it('ropa verify and ropa repair run under it: past the deadline, exit 2, one line, nothing written', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'register.ropa'));
    const before = fileHash(path);
    expect((await cli(['verify', '--db', path])).status).toBe(0);
    // A deadline shorter than the work: what a file made to hold the program up meets.
    process.env.ROPA_DEADLINE_SECONDS = '0.001';
    const verify = await cli(['verify', '--db', path], 'lv');
    expect(verify.status).toBe(2);
    expect(verify.stderr.trim().split('\n')).toHaveLength(1);
    expect(verify.stderr).toContain('Darbs ar failu register.ropa ilga vairāk nekā 0.001 s un tika apturēts.');
    const out = join(tempDir(), 'repaired.ropa');
    const repair = await cli(['repair', path, '--out', out]);
    expect(repair.status).toBe(2);
    expect(repair.stderr.trim().split('\n')).toHaveLength(1);
    expect(repair.stderr).toContain('Working on the file register.ropa took more than 0.001 s and was stopped.');
    expect(existsSync(out)).toBe(false);
    expect(fileHash(path)).toBe(before);
  }, 60_000);
});
