// `node scripts/bench/checks-after-save.ts FILE [--runs 30]`
//
// The checks after a save (issue 19), step by step: opens a copy of the
// register FILE as the app does, then `--runs` times saves one activity (the
// benchmark's `checks` operation, ops.ts) and times each step of
// `checks:run` that follows (catching the cached document up, the findings,
// the messages, each activity's completeness, the summary), and the floor
// (re-checking the saved activity's rules on the document in memory).
// Prints the median CPU time of each (process.cpuUsage: wall time is at the
// mercy of the shared machine's load). Figures: docs/checks-speed.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { historySeq } from '../../main/db/repositories/history-repository.ts';
import { cachedChecksDocument, cachedFindings } from '../../main/services/document-cache.ts';
import { isoToday } from '../../shared/format.ts';
import { translateFindings } from '../../shared/rules/messages.ts';
import { activityCompleteness, summarise } from '../../shared/rules/summary.ts';
import { OPS, type OpContext } from './ops.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '30' } } });
const register = positionals[0];
if (!register) throw new Error('usage: node scripts/bench/checks-after-save.ts FILE [--runs 30]');
const runs = Number(values.runs);
const op = OPS.find((o) => o.name === 'checks');
if (!op) throw new Error('no checks operation in ops.ts');
const scratch = mkdtempSync(join(tmpdir(), 'ropa-checks-after-save-'));
const ctx: OpContext = { register, size: 0, scratch };

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const steps: Record<string, number[]> = {};
async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const started = cpuMs();
  const result = await work();
  (steps[step] ??= []).push(cpuMs() - started);
  return result;
}

try {
  const state = await op.setup(ctx, false);
  // The first checks of the register (all rules) and one save checked, untimed.
  await op.before?.(state, ctx, false);
  await op.run(state, ctx);
  for (let run = 0; run < runs; run += 1) {
    await op.before?.(state, ctx, false);
    const app = state.app;
    const db = app.requireSession().db;
    await timed('checks:run after a save, all of it', async () => {
      await timed('  the history head', () => historySeq(db));
      const document = await timed('  catch the document up', () => cachedChecksDocument(db));
      const now = app.platform.now();
      const today = isoToday(now);
      const findings = await timed('  findings', () => cachedFindings(document, today, now.toISOString()));
      await timed('  messages', () => translateFindings(findings, app.language));
      await timed('  completeness and counts', () => activityCompleteness(document, findings));
      await timed('  summary figures', () => summarise(document, findings, today));
    });
  }
  await state.app.session?.close();
  const floorState = await op.setup(ctx, true);
  for (let run = 0; run < runs + 5; run += 1) await timed(run < 5 ? 'warm-up' : "floor: re-checking the saved activity's rules", () => op.floor(floorState, ctx));
  delete steps['warm-up'];
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
for (const [step, times] of Object.entries(steps)) console.log(`${step.padEnd(48)} ${median(times).toFixed(1).padStart(7)} ms CPU`);
