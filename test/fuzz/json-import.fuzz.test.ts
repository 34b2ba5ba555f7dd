/**
 * The JSON importer, fed mutated exports of the demo register (keys deleted,
 * types changed, ids swapped, lists duplicated or cut, hostile and overlong
 * text, prototype-polluting keys) and damaged files (cut short, bytes
 * flipped, junk inserted), through the app's own `import:json` channel: a
 * clear error naming the problem, or a correct import; never a crash; and a
 * refused file leaves the register byte-for-byte unchanged.
 *
 * FUZZ_RUNS scales the number of cases; FUZZ_SEED repeats a run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/handlers/index.ts';
import { ERROR_CODES } from '../../shared/contract/result.ts';
import { value } from '../helpers/app.ts';
import { recordFigure } from '../helpers/figures.ts';
import { clockedApp, demoRegisterFile } from '../helpers/safety.ts';
import { fileHash } from '../helpers/temp.ts';
import { mutatedDocument, textDamage } from './mutate.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KNOWN = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL'));
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('fuzzing the JSON importer', () => {
  it('refuses every broken file clearly and leaves the register as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-import-fuzz-'));
    folders.push(dir);
    const source = await demoRegisterFile(join(dir, 'source.ropa'));
    const { app, dialogs } = clockedApp('en');
    await app.open(source);
    const exported = join(dir, 'demo.json');
    dialogs.answer(exported);
    await value(app, 'export:json', {});
    const text = readFileSync(exported, 'utf8');
    const sample = JSON.parse(text) as unknown;
    await app.close();

    const target = await demoRegisterFile(join(dir, 'target.ropa'));
    await app.open(target);
    const codes = new Map<string, number>();
    let cases = 0;
    let accepted = 0;
    const file = join(dir, 'in.json');
    console.log(`JSON import fuzz: ${RUNS * 2} cases, seed ${SEED} (repeat with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`);

    const check = async (content: string, what: string) => {
      writeFileSync(file, content);
      const before = fileHash(target);
      dialogs.answer(file);
      const result = await dispatch(app, 'import:json', { replace: true }, { checkOutput: true });
      cases += 1;
      if (result.ok) {
        accepted += 1;
        return;
      }
      codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      expect(KNOWN.has(result.error.code), `${what}: ${result.error.code} ${result.error.message}`).toBe(true);
      expect(result.error.message.length, what).toBeGreaterThan(0);
      expect(fileHash(target), `${what}: refused (${result.error.code}) but the register changed`).toBe(before);
    };

    await fc.assert(
      fc.asyncProperty(mutatedDocument(sample), async ({ value: document, changes }) => {
        await check(JSON.stringify(document, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)) ?? 'null', changes.join('; '));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    await fc.assert(
      fc.asyncProperty(textDamage, async (damage) => {
        await check(damage(text), 'damaged text');
      }),
      { numRuns: RUNS, seed: SEED + 1, endOnFailure: true },
    );

    expect(app.requireSession().connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    await app.close();
    console.log(
      `JSON import fuzz: ${cases} files, ${cases - accepted} refused (${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')}), ${accepted} imported correctly`,
    );
    expect(cases - accepted).toBeGreaterThan(cases / 2);
    recordFigure('importFuzzCases', cases);
  }, 900_000);
});
