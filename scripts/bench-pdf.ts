// How long the PDF audit report takes, and how much memory, for registers of
// 10, 100 and 1,000 activities (or the sizes given):
//
//   node scripts/bench-pdf.ts [10 100 1000]
//
// Each register is generated first (test/helpers/generated-register.ts:
// realistic content through the repositories). Each report is then made in
// a fresh process, the way `ropa export pdf` makes it, so that its peak
// memory (maximum resident set size) is its own: time is from reading the
// register to holding the finished PDF; memory includes Node itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Measurement {
  activities: number;
  pages: number | null;
  bytes: number;
  ms: number;
  peakMiB: number;
}

async function child(path: string, activities: number): Promise<void> {
  const { openRegister } = await import('../main/services/register-files.ts');
  const { generateReport } = await import('../main/pdf/report.ts');
  const now = new Date();
  const started = performance.now();
  const session = await openRegister(path, { now: () => now, readOnly: true });
  const { pdf, pageCount } = await generateReport(session.db, { lang: 'lv', now });
  const ms = performance.now() - started;
  await session.close();
  const measurement: Measurement = { activities, pages: pageCount, bytes: pdf.byteLength, ms, peakMiB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const { createGeneratedRegister } = await import('../test/helpers/generated-register.ts');
  const folder = mkdtempSync(join(tmpdir(), 'ropa-bench-pdf-'));
  const rows: Measurement[] = [];
  try {
    for (const activities of sizes.length > 0 ? sizes : [10, 100, 1000]) {
      const path = join(folder, `register-${activities}.ropa`);
      await createGeneratedRegister(path, activities);
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path, String(activities)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      if (run.status !== 0) throw new Error(`report for ${activities} activities failed: ${run.stderr}`);
      const row = JSON.parse(run.stdout.trim().split('\n').pop() as string) as Measurement;
      rows.push(row);
      process.stderr.write(`${activities} activities: ${(row.ms / 1000).toFixed(1)} s\n`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const lines = [
    `PDF audit report (lv), ${machine}`,
    '',
    '| activities | pages | PDF size | time | peak memory (RSS) |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.activities} | ${r.pages ?? '?'} | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${(r.ms / 1000).toFixed(1)} s | ${Math.round(r.peakMiB)} MiB |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[2] === '--child') await child(process.argv[3] as string, Number(process.argv[4]));
else await main();
