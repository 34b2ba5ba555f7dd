// Figures for the Excel export and import: time and peak memory to export
// and to import registers of 100, 1,000 and 10,000 full activities, beside
// exceljs writing the same cells with nothing else (the floor).
//
//   node scripts/bench-xlsx.ts [SIZES...]      e.g. node scripts/bench-xlsx.ts 100 1000
//
// Each measurement runs in a fresh Node process, so "peak" is that step's
// own maximum resident set size (getrusage maxRSS), not the benchmark's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const EXPORT_TIME = new Date('2026-11-21T12:00:00.000Z');

interface Measure {
  /** Wall-clock time. */
  ms: number;
  /** CPU time of the process during the step (user + system): what the step costs whatever else the machine runs. */
  cpuMs: number;
  peakMb: number;
}

/** Runs `work` and measures its wall and CPU time. */
async function timed(work: () => Promise<void>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** One step, in this (child) process; prints its measure as JSON. */
async function step(name: string, register: string, workbook: string): Promise<void> {
  const { openRegister } = await import('../main/services/register-files.ts');
  if (name === 'export') {
    const { exportRegisterWorkbook } = await import('../main/xlsx/export-workbook.ts');
    await import('exceljs');
    const session = await openRegister(register, { now: () => EXPORT_TIME, readOnly: true });
    let bytes = Buffer.alloc(0);
    const time = await timed(async () => {
      bytes = await exportRegisterWorkbook(session.db, { lang: 'lv', now: EXPORT_TIME });
    });
    writeFileSync(workbook, bytes);
    await session.close();
    console.log(JSON.stringify({ ...time, peakMb: peakMb() }));
  } else if (name === 'import') {
    const { createRegisterFile } = await import('../main/db/connection.ts');
    const { readImportWorkbook, readWorkbookFile, writeWorkbookImport } = await import('../main/xlsx/import-workbook.ts');
    const { loadRegisterState } = await import('../main/xlsx/import-plan.ts');
    await import('exceljs');
    const target = `${register}.imported.ropa`;
    const now = () => EXPORT_TIME;
    const time = await timed(async () => {
      const loaded = await readImportWorkbook(readWorkbookFile(workbook), 'bench.xlsx', 'lv');
      if (loaded.source !== 'ropa') throw new Error('the benchmark workbook was not read as a ROPA export');
      const connection = await createRegisterFile(target, {
        now,
        initialise: async (trx) => {
          await writeWorkbookImport(trx, loaded, await loadRegisterState(trx), { now }, { lang: 'lv', today: '2026-11-21' });
        },
      });
      await connection.close();
    });
    console.log(JSON.stringify({ ...time, peakMb: peakMb() }));
  } else if (name === 'floor') {
    // The same cells (computed first, not timed), written by exceljs with no styles, widths or extras.
    const { exportRegister } = await import('../main/services/json-exchange.ts');
    const { registerVersion } = await import('../main/services/register-version.ts');
    const { registerSheets } = await import('../main/xlsx/export-workbook.ts');
    const { sheetRows } = await import('../main/xlsx/sheet-model.ts');
    const { default: ExcelJS } = await import('exceljs');
    const session = await openRegister(register, { now: () => EXPORT_TIME, readOnly: true });
    const document = await exportRegister(session.db);
    const sheets = registerSheets(document, { lang: 'lv', now: EXPORT_TIME, version: await registerVersion(session.db, document) });
    await session.close();
    const time = await timed(async () => {
      const workbookOut = new ExcelJS.Workbook();
      for (const sheet of sheets) {
        const worksheet = workbookOut.addWorksheet(sheet.name);
        for (const row of sheetRows(sheet)) worksheet.addRow(row);
      }
      await workbookOut.xlsx.writeBuffer();
    });
    console.log(JSON.stringify({ ...time, peakMb: peakMb() }));
  }
}

function child(name: string, register: string, workbook: string): Measure {
  const result = spawnSync(process.execPath, [SCRIPT, '--step', name, register, workbook], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Measure;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const { writeGeneratedRegister } = await import('./bench/register-generator.ts');
  const dir = mkdtempSync(join(tmpdir(), 'ropa-bench-xlsx-'));
  const rows: string[][] = [
    ['activities', 'export s (CPU)', 'export peak MB', 'import s (CPU)', 'import peak MB', 'floor s (CPU)', 'floor peak MB', 'workbook MB'],
  ];
  const seconds = (m: Measure) => `${(m.ms / 1000).toFixed(2)} (${(m.cpuMs / 1000).toFixed(2)})`;
  try {
    for (const size of sizes.length > 0 ? sizes : [100, 1000, 10000]) {
      const register = await writeGeneratedRegister(dir, size);
      const workbook = join(dir, `register-${size}.xlsx`);
      const exported = child('export', register, workbook);
      const imported = child('import', register, workbook);
      const floor = child('floor', register, workbook);
      rows.push([
        size.toLocaleString('en'),
        seconds(exported),
        String(exported.peakMb),
        seconds(imported),
        String(imported.peakMb),
        seconds(floor),
        String(floor.peakMb),
        (statSync(workbook).size / 1048576).toFixed(1),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padStart(widths[column]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'unknown CPU';
  console.log(`\nWall-clock seconds, CPU seconds in brackets. Node ${process.version}, ${cpu}; load average ${loadavg()[0]!.toFixed(1)}.`);
}

if (process.argv[2] === '--step') await step(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else await main();
