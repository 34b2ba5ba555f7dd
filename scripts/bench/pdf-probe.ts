// `node scripts/bench/pdf-probe.ts REGISTER [--long-field N [--one-word]] [--in-thread [--untuned]] [--engine pdfkit|pdfmake] [--repeat N] [--lang lv|en] [--out FILE]`
//
// One audit report rendered and measured, for the PDF's speed work (docs/pdf-speed.md):
// CPU time (process.cpuUsage, worker thread included), wall time and peak
// RSS of this process (the worker thread's memory is this process's).
// `--long-field N` reports the register's first activity alone, with a
// description of N characters of ordinary Latvian prose: the cost of one
// long field; with `--one-word`, N characters without a space (pasted
// data, a base64 string). `--in-thread` renders without the worker (for `--cpu-prof`);
// `--untuned` with it, with pdfmake as it comes (pdfmake-tuning.ts), for the
// figures before.
// `--engine pdfkit|pdfmake` chooses the engine (render.ts; pdfkit: main/pdf/pdfkit).
// `--repeat N` renders N times and gives the least
// CPU and wall time. `--out` keeps the PDF (pdftotext comparisons).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openRegister } from '../../main/services/register-files.ts';
import { loadReportInput, renderReport, type RenderedReport } from '../../main/pdf/report.ts';
import { renderReportOffThread } from '../../main/pdf/report-worker.ts';
import { setPdfmakeTuning } from '../../main/pdf/pdfmake-tuning.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { BENCH_NOW } from './ops.ts';
import { longFieldText } from './pdf-probe-text.ts';
import { setPdfEngine, type PdfEngine } from '../../main/pdf/render.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { 'long-field': { type: 'string' }, 'one-word': { type: 'boolean' }, 'in-thread': { type: 'boolean' }, untuned: { type: 'boolean' }, engine: { type: 'string' }, repeat: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (!path) throw new Error('usage: pdf-probe.ts REGISTER [--long-field N [--one-word]] [--in-thread] [--lang lv|en] [--out FILE]');
  const session = await openRegister(path, { now: () => BENCH_NOW, readOnly: true });
  const input = await loadReportInput(session.db, { lang: (values.lang ?? 'lv') as Language, now: BENCH_NOW });
  await session.close();
  if (values['long-field']) {
    const [first] = input.document.activities;
    if (!first) throw new Error('the register has no activity');
    input.document = { ...input.document, activities: [{ ...first, description: longFieldText(Number(values['long-field']), values['one-word']) }] };
    input.findings = [];
  }
  if (values.engine) {
    // This thread, and the worker through the environment it inherits.
    setPdfEngine(values.engine as PdfEngine);
    process.env.ROPA_PDF_ENGINE = values.engine;
  }
  if (values.untuned) {
    if (!values['in-thread']) throw new Error('--untuned needs --in-thread (the worker renders tuned)');
    setPdfmakeTuning(false);
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  let rendered: RenderedReport | undefined;
  for (let run = 0; run < Number(values.repeat ?? 1); run += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    rendered = values['in-thread'] ? await renderReport(input) : await renderReportOffThread(input);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  const { pdf, pageCount } = rendered as RenderedReport;
  if (values.out) writeFileSync(values.out, pdf);
  // The least of several runs: on a shared machine, the others' load only ever adds.
  const least = (values: number[]) => Math.round(Math.min(...values));
  const figures = { wallMs: least(wall), cpuMs: least(cpu), cpuRuns: cpu.map(Math.round), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), pages: pageCount, bytes: pdf.length };
  console.log(JSON.stringify(figures));
}

await main();
