/**
 * A register received from someone else is data, never code. Every file of
 * the hostile corpus (test/helpers/hostile-registers.ts) is refused by the
 * app's open, by every CLI command that reads or writes a register, each in
 * a few seconds, with one clear line naming what is wrong, and the file is
 * left byte for byte as it was.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { AppError } from '../../main/errors.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { ropa } from '../helpers/cli.ts';
import { recordFigure } from '../helpers/figures.ts';
import { hostileRegisters, registerTables, type HostileRegister } from '../helpers/hostile-registers.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

/**
 * Each refusal must come within this: a hang detector (the endless files would
 * otherwise never return), not a speed measure. The slowest refusal is
 * recorded as a figure; the bound leaves room for a loaded machine.
 */
const BOUND_MS = 10_000;

async function cli(args: string[], cwd: string): Promise<{ status: number; stderr: string; ms: number }> {
  let stderr = '';
  const started = performance.now();
  const status = await runCli(args, {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    now: () => new Date('2026-12-04T10:00:00Z'),
    lang: 'en',
    cwd,
  });
  return { status, stderr, ms: performance.now() - started };
}

/** Every command that opens a register, as the CLI takes it. */
function commandsOn(path: string, folder: string, json: string): string[][] {
  return [
    ['list', '--db', path],
    ['check', '--db', path],
    ['verify', '--db', path],
    ['export', 'json', '--db', path, '--out', join(folder, 'out.json')],
    ['export', 'xlsx', '--db', path, '--out', join(folder, 'out.xlsx')],
    ['export', 'pdf', '--db', path, '--out', join(folder, 'out.pdf')],
    ['import', 'json', json, '--db', path, '--replace'],
    ['backup', '--db', path, '--out', join(folder, 'backups')],
  ];
}

function expectRefusal(file: HostileRegister, stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  if (file.code === 'FOREIGN_SCHEMA') expect(stderr).toMatch(/ROPA did not create|is replaced by a|lacks the register|differs from the one ROPA makes/);
  if (file.code === 'BAD_VERSION') expect(stderr).toContain('invalid schema version');
  if (file.code === 'NEWER_VERSION') expect(stderr).toContain('newer version of ROPA');
  if (file.code === 'DAMAGED') expect(stderr).toContain('is damaged');
}

describe('hostile registers', () => {
  it('each file of the corpus is refused by open, list, check, verify, every export, import and backup, quickly, the file unchanged', async () => {
    const folder = tempDir();
    const corpus = await hostileRegisters(folder);
    const json = join(folder, 'import.json');
    expect((await cli(['export', 'json', '--db', join(folder, 'base.ropa'), '--out', json], folder)).status).toBe(0);
    // One file per register table with a trigger on it, plus the other kinds.
    expect(corpus.length).toBe(registerTables(join(folder, 'base.ropa')).length + 13);
    let refusals = 0;
    let slowest = 0;
    for (const file of corpus.filter((entry) => !entry.endless)) {
      const before = fileHash(file.path);
      for (const readOnly of [false, true]) {
        const started = performance.now();
        const error = await openRegister(file.path, { now: () => new Date(), readOnly }).then(
          async (session) => {
            await session.close();
            return null;
          },
          (caught: unknown) => caught,
        );
        expect(error, `${file.name} opened`).toBeInstanceOf(AppError);
        expect((error as AppError).code, file.name).toBe(file.code);
        slowest = Math.max(slowest, performance.now() - started);
        refusals += 1;
      }
      for (const args of commandsOn(file.path, folder, json)) {
        const run = await cli(args, folder);
        expect(run.status, `${file.name}: ropa ${args.slice(0, 2).join(' ')} → ${run.stderr}`).toBe(2);
        expectRefusal(file, run.stderr);
        expect(run.ms).toBeLessThan(BOUND_MS);
        slowest = Math.max(slowest, run.ms);
        refusals += 1;
      }
      expect(fileHash(file.path), file.name).toBe(before);
    }
    recordFigure('hostileRegistersRefused', corpus.length);
    recordFigure('hostileRegisterRefusals', refusals);
    expect(slowest).toBeLessThan(BOUND_MS);
  }, 120_000);

  it('files whose own SQL never ends are refused in bounded time by a real `ropa` process (killed if it hangs)', async () => {
    const folder = tempDir();
    const corpus = (await hostileRegisters(folder)).filter((entry) => entry.endless);
    expect(corpus).toHaveLength(3);
    const json = join(folder, 'import.json');
    expect(ropa(['export', 'json', '--db', join(folder, 'base.ropa'), '--out', json]).status).toBe(0);
    for (const file of corpus) {
      const before = fileHash(file.path);
      for (const args of [
        ['export', 'json', '--db', file.path],
        ['import', 'json', json, '--db', file.path, '--replace'],
      ]) {
        const started = performance.now();
        const run = ropa(args, { lang: 'en', timeout: 10_000 });
        expect(run.status, `${file.name}: ropa ${args.slice(0, 2).join(' ')} (null: killed after 10 s)`).toBe(2);
        expect(performance.now() - started).toBeLessThan(10_000);
        expectRefusal(file, run.stderr);
      }
      expect(fileHash(file.path)).toBe(before);
    }
  }, 120_000);
});

describe('ropa repair', () => {
  it('copies the data of each file with foreign objects into a fresh register that opens and verifies, showing what it left out; IN unchanged', async () => {
    const folder = tempDir();
    const corpus = (await hostileRegisters(folder)).filter((entry) => entry.code === 'FOREIGN_SCHEMA');
    let repaired = 0;
    for (const file of corpus) {
      const before = fileHash(file.path);
      const out = `${file.path}.repaired.ropa`;
      let stdout = '';
      const started = performance.now();
      const status = await runCli(['repair', file.path, '--out', out], {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stdout += text),
        now: () => new Date(),
        lang: 'en',
        cwd: folder,
      });
      expect(performance.now() - started).toBeLessThan(BOUND_MS * 2);
      expect(fileHash(file.path), file.name).toBe(before);
      if (file.name === 'a missing table' || file.name.startsWith('a view replacing')) {
        // What is gone from the file cannot come back: the copy is made, and says what was lost.
        expect(status, `${file.name}: ${stdout}`).toBe(0);
        expect(stdout).toMatch(/Left out: (view|table) “(activity|meta|activity_dpia_criterion)”/);
        continue;
      }
      expect(status, `${file.name}: ${stdout}`).toBe(0);
      expect(stdout).toMatch(/Left out: \w+ “[^”]+”|Table \w+: \d+ rows did not fit/);
      const session = await openRegister(out, { now: () => new Date(), readOnly: true });
      await session.close();
      let verifyOut = '';
      const verified = await runCli(['verify', '--db', out], { stdout: (text) => (verifyOut += text), stderr: () => undefined, now: () => new Date(), lang: 'en', cwd: folder });
      if (file.name === 'a missing column') {
        // The column's values were not in the file: verify names what now differs from the history.
        expect(verified).toBe(1);
        expect(verifyOut).toContain('(fields: notes)');
      } else expect(verified, `${file.name}: verify after repair`).toBe(0);
      repaired += 1;
    }
    expect(repaired).toBeGreaterThan(20);
  }, 120_000);
});
