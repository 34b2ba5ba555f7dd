// `node scripts/bench/excel-export.ts <register.ropa> [export|exceljs|floor|own|in-memory|inline]`
//
// One Excel export in this fresh process, for docs/excel-speed.md: its CPU
// time (process.cpuUsage, steadier than wall time on a loaded machine), wall
// time and the process's peak resident set size (getrusage maxRSS, modules
// included), which `npm run bench` cannot give for one export (its process
// runs the export several times). The bytes go to a sink that drops them.
//
// - export: what `ropa export xlsx` does (prepareRegisterWorkbook + stream).
// - floor: the bench's floor; the same content made beforehand, then written
//   by exceljs's streaming writer (the export's writer before issue 19).
// - own: the same content made beforehand, then written by the export's own
//   writer (workbook-writer.ts): the writing alone, to set against the floor.
// - exceljs: the whole export, written by exceljs's streaming writer (before).
// - in-memory: the same content written by exceljs's in-memory workbook,
//   uncompressed (the writer before streaming, as a lower bound).
// - inline: the export's writing with inline strings instead of shared ones.
//
// Registers: the ones `npm run bench` caches ($TMPDIR/ropa-bench/bench-<n>-v<k>.ropa).
import { Writable } from 'node:stream';
import { openRegister } from '../../main/services/register-files.ts';
import { prepareRegisterWorkbook, registerWorkbookContent, streamWorkbook, writeWorkbookContent, type WorkbookWriter } from '../../main/xlsx/export-workbook.ts';
import { exceljsStreamWorkbook } from '../../main/xlsx/exceljs-writer.ts';

const [file, mode = 'export'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench/excel-export.ts <register.ropa> [export|exceljs|floor|own|in-memory|inline]');
const { default: ExcelJS } = await import('exceljs');
const now = new Date('2026-11-21T12:00:00Z');
const session = await openRegister(file, { now: () => now, readOnly: true });
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const options = { lang: 'lv', now } as const;

// The floor's content (cells, styles, packed data sheet) is made before its clock starts.
const prepared = mode === 'floor' || mode === 'own' ? await registerWorkbookContent(session.db, options) : undefined;
const startCpu = process.cpuUsage();
const start = performance.now();
if (mode === 'export') {
  await (await prepareRegisterWorkbook(session.db, options))(sink());
} else if (mode === 'exceljs') {
  await exceljsStreamWorkbook(await registerWorkbookContent(session.db, options), sink());
} else if (mode === 'floor' && prepared) {
  await exceljsStreamWorkbook(prepared, sink());
} else if (mode === 'own' && prepared) {
  await streamWorkbook(prepared, sink());
} else if (mode === 'in-memory') {
  const workbook = new ExcelJS.Workbook();
  const addWorksheet = workbook.addWorksheet.bind(workbook);
  workbook.addWorksheet = (name, sheetOptions) => Object.assign(addWorksheet(name, sheetOptions), { commit: () => undefined });
  writeWorkbookContent(workbook as unknown as WorkbookWriter, await registerWorkbookContent(session.db, options));
  await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
} else if (mode === 'inline') {
  const content = await registerWorkbookContent(session.db, options);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink(), useStyles: true, useSharedStrings: false, zip: { zlib: { level: 3 } } });
  writeWorkbookContent(workbook, content);
  await workbook.commit();
} else {
  throw new Error(`unknown mode ${mode}`);
}
const cpu = process.cpuUsage(startCpu);
console.log(
  `${mode}: cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, wall ${(performance.now() - start).toFixed(0)} ms, ` +
    `peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (process), load ${(await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ')}`,
);
await session.close();
