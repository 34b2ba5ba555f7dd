/**
 * The operations `npm run bench` measures, each beside its floor: the least
 * work that gives the same result with nothing of ROPA's around it (the same
 * rows read with raw better-sqlite3 statements, exceljs writing the same
 * cells, pdfmake setting the same text, JSON.parse and raw inserts of the
 * same rows). An operation runs as the app runs it: through `dispatch`, the
 * contract's one entry point, on an open register.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegisterFile } from '../../main/db/connection.ts';
import { dispatch } from '../../main/handlers/index.ts';
import { AppContext } from '../../main/services/app-context.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { checkActivity } from '../../shared/rules/index.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import type { Channel } from '../../shared/contract/index.ts';
import { activityChildren, LIST_COLUMNS, pdfkitTables, plainContent, preparedActivityReader, preparedActivityWriter, preparedFirstRows, scanTexts, searchTexts, serialiseRows } from './floors.ts';
import { HISTORY_OPS } from './history-ops.ts';

export const BENCH_NOW = new Date('2026-11-21T12:00:00.000Z');
const now = () => BENCH_NOW;

export interface OpContext {
  /** The generated register (never written by an operation). */
  register: string;
  size: number;
  /** A scratch folder of this process. */
  scratch: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operation keeps its own state shape; the runner only passes it back
export interface Op<S = any> {
  name: string;
  /** What is measured, and what its floor is. */
  label: string;
  floorLabel: string;
  /** Largest size it is measured at (the PDF of 10,000 activities is ~30,000 pages). */
  maxSize?: number;
  /** False when the operation makes its own register (the history's): the generated one is then not made for it. */
  usesRegister?: false;
  runs: (size: number) => number;
  setup(ctx: OpContext, floor: boolean): Promise<S>;
  /** Untimed work before each timed run (a fresh session for a cold measurement). */
  before?(state: S, ctx: OpContext, floor: boolean): Promise<void>;
  run(state: S, ctx: OpContext): Promise<void>;
  floor(state: S, ctx: OpContext): Promise<void>;
}

/** An app with `path` open, as Electron or browser mode holds it. */
async function appWith(path: string, readOnly: boolean): Promise<AppContext> {
  const app = new AppContext(
    {
      transport: 'web',
      version: 'bench',
      dialogs: { chooseFileToOpen: async () => null, chooseFileToSave: async () => null },
      recentFiles: recentFilesAt(null),
      now,
    },
    'lv',
  );
  app.session = await openRegister(path, { now, readOnly });
  return app;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benchmark reads a few fields of many channels' answers
async function call(app: AppContext, channel: Channel, input: unknown): Promise<any> {
  const result = await dispatch(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A working copy of the register for operations that write. */
function copyRegister(ctx: OpContext, name: string): string {
  const copy = join(ctx.scratch, name);
  writeFileSync(copy, readFileSync(ctx.register));
  return copy;
}

/** The register's content tables: what the export floors read (SQLite here, PostgreSQL in postgres-floors.ts). */
export const CONTENT_TABLES = [
  'meta', 'organisation', 'data_category', 'data_subject_category', 'recipient_category', 'legal_basis', 'art9_condition', 'country',
  'transfer_mechanism', 'security_measure', 'processor', 'processor_sub_processor', 'retention_rule', 'activity', 'activity_purpose',
  'activity_purpose_legal_basis', 'activity_art9_condition', 'activity_data_subject', 'activity_data_category', 'activity_source',
  'activity_recipient', 'activity_processor', 'activity_transfer', 'activity_security_measure', 'activity_dpia_criterion', 'activity_controller',
] as const;
const ACTIVITY_CHILDREN = activityChildren(CONTENT_TABLES);

const middleActivity = (raw: Database.Database) =>
  raw.prepare('select id from activity order by id limit 1 offset ?').pluck().get(Math.floor((raw.prepare('select count(*) from activity').pluck().get() as number) / 2)) as string;

// Timed runs: more where a run is short (a millisecond is at the mercy of one
// slow fsync or a collection), fewer where it takes seconds.
const few = () => 9;
const some = (size: number) => (size >= 10_000 ? 3 : size >= 1000 ? 5 : 15);
const heavy = (size: number) => (size >= 10_000 ? 1 : size >= 1000 ? 3 : 9);

export const OPS: Op[] = [
  {
    name: 'open',
    label: 'open the register (integrity check, lock, pragmas)',
    floorLabel: 'better-sqlite3 open + integrity_check + foreign_key_check',
    runs: few,
    async setup(ctx) {
      return { path: copyRegister(ctx, 'open.ropa') };
    },
    async run({ path }) {
      const session = await openRegister(path, { now });
      await session.close();
    },
    async floor({ path }) {
      // Opening a file as evidence means checking it first: the floor is the checks the open runs, alone.
      const raw = new Database(path, { readonly: true });
      raw.pragma('integrity_check');
      raw.prepare('select * from pragma_foreign_key_check limit 1').get();
      raw.close();
    },
  },
  {
    name: 'list',
    label: 'activities:list (every list row)',
    floorLabel: 'one SELECT of the same rows and columns, prepared once',
    runs: few,
    async setup(ctx, floor) {
      if (!floor) return { app: await appWith(ctx.register, true) };
      return { rows: new Database(ctx.register, { readonly: true }).prepare(`select ${LIST_COLUMNS} from activity order by organisation_id, number`) };
    },
    async run({ app }) {
      await call(app, 'activities:list', {});
    },
    async floor({ rows }) {
      rows.all();
    },
  },
  {
    name: 'first-rows',
    label: 'activities:firstRows (first screenful, Latvian order)',
    floorLabel: 'SELECT of every number, first 60 in one pass, SELECT of 60 rows; prepared once',
    runs: few,
    async setup(ctx, floor) {
      return floor ? { read: preparedFirstRows(new Database(ctx.register, { readonly: true }), 60) } : { app: await appWith(ctx.register, true) };
    },
    async run({ app }) {
      await call(app, 'activities:firstRows', { count: 60, sortBy: 'number', desc: false, language: 'lv' });
    },
    async floor({ read }) {
      read();
    },
  },
  {
    name: 'search',
    label: 'activities:search (all text, linked names)',
    floorLabel: 'includes() over the same normalised texts, in memory',
    runs: few,
    async setup(ctx, floor) {
      if (floor) {
        const session = await openRegister(ctx.register, { now, readOnly: true });
        const texts = await searchTexts(session.db);
        await session.close();
        return { texts };
      }
      const app = await appWith(ctx.register, true);
      await call(app, 'activities:search', { query: 'x' });
      return { app };
    },
    async run({ app }) {
      await call(app, 'activities:search', { query: 'grāmatvedības' });
    },
    async floor({ texts }) {
      scanTexts(texts, 'grāmatvedības');
    },
  },
  {
    name: 'get',
    label: 'activities:get (one activity, whole)',
    floorLabel: 'raw SELECTs of the same rows, prepared once',
    runs: few,
    async setup(ctx, floor) {
      const raw = new Database(ctx.register, { readonly: true });
      const id = middleActivity(raw);
      if (floor) return { read: preparedActivityReader(raw, ACTIVITY_CHILDREN), id };
      raw.close();
      return { app: await appWith(ctx.register, true), id };
    },
    async run({ app, id }) {
      await call(app, 'activities:get', { id });
    },
    async floor({ read, id }) {
      read(id);
    },
  },
  {
    name: 'save',
    label: 'activities:save (one activity, with history)',
    floorLabel: 'the same rows read, then written with a hashed history entry; prepared once, durable commit',
    runs: few,
    async setup(ctx, floor) {
      const path = copyRegister(ctx, 'save.ropa');
      const raw = new Database(path, floor ? {} : { readonly: true });
      const id = middleActivity(raw);
      if (!floor) {
        raw.close();
        const app = await appWith(path, false);
        // The day's backup, held until the first list is shown (register-files.ts), is made then in the app, not in
        // the first save: made here, it neither counts as the first save nor uses up the warm-up (a 10,000-activity
        // copy took 2.6 s of the 1 s warm-up, and the timed saves ran barely compiled).
        await app.session?.settleHeld();
        return { app, id };
      }
      raw.pragma('journal_mode = DELETE');
      raw.pragma('synchronous = FULL');
      return { id, read: preparedActivityReader(raw, ACTIVITY_CHILDREN), write: preparedActivityWriter(raw, ACTIVITY_CHILDREN, id) };
    },
    async run({ app, id }) {
      const activity = (await call(app, 'activities:get', { id })) as Activity;
      await call(app, 'activities:save', { ...activity, notes: `${activity.notes}.` });
    },
    async floor({ id, read, write }) {
      // As the editor does: the activity is loaded, then saved.
      read(id);
      write();
    },
  },
  {
    name: 'checks-first',
    label: 'checks:run, first after opening (register read whole)',
    floorLabel: 'reading the register document the rules read',
    runs: some,
    async setup() {
      return {};
    },
    async before(state, ctx, floor) {
      await state.app?.session?.close();
      await state.session?.close();
      if (floor) state.session = await openRegister(ctx.register, { now, readOnly: true });
      else state.app = await appWith(ctx.register, true);
    },
    async run({ app }) {
      await call(app, 'checks:run', {});
    },
    async floor({ session }) {
      await exportRegister(session.db);
    },
  },
  {
    name: 'checks',
    label: 'checks:run after a save (caught up from the history)',
    floorLabel: "re-evaluating the changed activity's rules, in memory",
    runs: some,
    async setup(ctx, floor) {
      if (floor) {
        const session = await openRegister(ctx.register, { now, readOnly: true });
        const document = await exportRegister(session.db);
        const raw = new Database(ctx.register, { readonly: true });
        const id = middleActivity(raw);
        raw.close();
        await session.close();
        return { document, id };
      }
      const path = copyRegister(ctx, 'checks.ropa');
      const raw = new Database(path, { readonly: true });
      const id = middleActivity(raw);
      raw.close();
      return { app: await appWith(path, false), id };
    },
    async before(state, _ctx, floor) {
      if (floor) return;
      const activity = (await call(state.app, 'activities:get', { id: state.id })) as Activity;
      await call(state.app, 'activities:save', { ...activity, notes: `${activity.notes}.` });
    },
    async run({ app }) {
      await call(app, 'checks:run', {});
    },
    async floor({ document, id }) {
      checkActivity(document, id, BENCH_NOW.toISOString().slice(0, 10));
    },
  },
  {
    name: 'export-json',
    label: 'export json (whole register, serialised)',
    floorLabel: 'SELECT * of every table, serialised as the export serialises',
    runs: some,
    async setup(ctx, floor) {
      return floor ? { raw: new Database(ctx.register, { readonly: true }) } : { session: await openRegister(ctx.register, { now, readOnly: true }) };
    },
    async run({ session }) {
      serialiseRegister(await exportRegister(session.db));
    },
    async floor({ raw }) {
      serialiseRows(Object.fromEntries(CONTENT_TABLES.map((table) => [table, raw.prepare(`select * from ${table}`).all()])));
    },
  },
  {
    name: 'import-json',
    label: 'import json into a new register (checked, with history)',
    floorLabel: 'JSON.parse + raw INSERT of the same rows, one transaction',
    runs: some,
    async setup(ctx, floor) {
      const session = await openRegister(ctx.register, { now, readOnly: true });
      const text = serialiseRegister(await exportRegister(session.db));
      await session.close();
      if (!floor) return { text, n: 0 };
      return { text, ...(await rawRowsAndTemplate(ctx)), n: 0 };
    },
    async run(state, ctx) {
      const target = join(ctx.scratch, `import-${(state.n += 1)}.ropa`);
      const document = parseRegisterDocument(state.text);
      const connection = await createRegisterFile(target, { now, initialise: (trx) => importRegisterDocument(trx, document, { now }).then(() => undefined) });
      await connection.close();
      rmSync(target, { force: true });
    },
    async floor(state, ctx) {
      const parsed = JSON.parse(state.text) as unknown;
      void parsed;
      rawInsert(state, ctx);
    },
  },
  {
    name: 'export-xlsx',
    label: 'export xlsx (styled workbook, findings, data sheet)',
    floorLabel: "exceljs's streaming writer writing the same cells, same styles",
    runs: heavy,
    async setup(ctx, floor) {
      await import('exceljs');
      const session = await openRegister(ctx.register, { now, readOnly: true });
      if (!floor) return { session };
      // The same cells (the findings sheet included), styles and hidden data sheet, computed
      // beforehand by the export's own code: the floor is their writing alone.
      const { registerWorkbookContent } = await import('../../main/xlsx/export-workbook.ts');
      const content = await registerWorkbookContent(session.db, { lang: 'lv', now: BENCH_NOW });
      await session.close();
      return { content };
    },
    async run({ session }) {
      const { exportRegisterWorkbook } = await import('../../main/xlsx/export-workbook.ts');
      await exportRegisterWorkbook(session.db, { lang: 'lv', now: BENCH_NOW });
    },
    async floor({ content }) {
      // exceljs's streaming writer (what the export used before its own writer, issue 19).
      const { collectBytes } = await import('../../main/xlsx/export-workbook.ts');
      const { exceljsStreamWorkbook } = await import('../../main/xlsx/exceljs-writer.ts');
      await collectBytes((output) => exceljsStreamWorkbook(content, output));
    },
  },
  {
    name: 'import-xlsx',
    label: 'import xlsx (own export) into a new register',
    floorLabel: 'exceljs reading the workbook + raw INSERT of the same rows',
    runs: heavy,
    async setup(ctx, floor) {
      const { exportRegisterWorkbook } = await import('../../main/xlsx/export-workbook.ts');
      const session = await openRegister(ctx.register, { now, readOnly: true });
      const bytes = await exportRegisterWorkbook(session.db, { lang: 'lv', now: BENCH_NOW });
      await session.close();
      if (!floor) return { bytes, n: 0 };
      return { bytes, ...(await rawRowsAndTemplate(ctx)), n: 0 };
    },
    async run(state, ctx) {
      const { readImportWorkbook, writeWorkbookImport } = await import('../../main/xlsx/import-workbook.ts');
      const { loadRegisterState } = await import('../../main/xlsx/import-plan.ts');
      const loaded = await readImportWorkbook(state.bytes, 'bench.xlsx', 'lv');
      const target = join(ctx.scratch, `xlsx-${(state.n += 1)}.ropa`);
      const connection = await createRegisterFile(target, {
        now,
        initialise: async (trx) => {
          await writeWorkbookImport(trx, loaded, await loadRegisterState(trx), { now }, { lang: 'lv', today: '2026-11-21' });
        },
      });
      await connection.close();
      rmSync(target, { force: true });
    },
    async floor(state, ctx) {
      const { default: ExcelJS } = await import('exceljs');
      await new ExcelJS.Workbook().xlsx.load(state.bytes);
      rawInsert(state, ctx);
    },
  },
  {
    name: 'export-pdf',
    label: 'export pdf (the audit report)',
    floorLabel: 'pdfkit alone writing the same text in the same table widths',
    maxSize: 1000,
    runs: (size) => (size >= 1000 ? 1 : 3),
    async setup(ctx, floor) {
      const session = await openRegister(ctx.register, { now, readOnly: true });
      if (!floor) return { session };
      // The report's own content, every table with its rows, cells and widths, every paragraph
      // and list, laid out and written by pdfkit alone (floors.ts pdfkitTables says why).
      const { loadReportInput } = await import('../../main/pdf/report.ts');
      const { reportDocument } = await import('../../main/pdf/report-document.ts');
      const definition = reportDocument(await loadReportInput(session.db, { lang: 'lv', now: BENCH_NOW }));
      await session.close();
      return { content: plainContent(definition.content) };
    },
    async run({ session }) {
      // As the app renders it: in the worker thread (with its young generation), whose memory counts in this process's peak.
      const { loadReportInput } = await import('../../main/pdf/report.ts');
      const { renderReportOffThread } = await import('../../main/pdf/report-worker.ts');
      await renderReportOffThread(await loadReportInput(session.db, { lang: 'lv', now: BENCH_NOW }));
    },
    async floor({ content }) {
      const { robotoFolder } = await import('../../main/pdf/render.ts');
      await pdfkitTables(content, join(robotoFolder(), 'Roboto-Regular.ttf'));
    },
  },
  ...HISTORY_OPS,
];

/** Every row of the register's content tables, and an empty register file to write them into. */
async function rawRowsAndTemplate(ctx: OpContext): Promise<{ rows: Record<string, unknown[]>; template: string }> {
  const raw = new Database(ctx.register, { readonly: true });
  const rows = Object.fromEntries(CONTENT_TABLES.map((table) => [table, raw.prepare(`select * from ${table}`).all()]));
  raw.close();
  const template = join(ctx.scratch, 'empty.ropa');
  await (await createRegisterFile(template, { now })).close();
  const cleared = new Database(template);
  for (const table of [...CONTENT_TABLES].reverse()) cleared.prepare(`delete from ${table}`).run();
  cleared.close();
  return { rows, template };
}

/** The floor of an import: the rows written with raw statements into a copy of the empty register, one durable transaction. */
function rawInsert(state: { rows: Record<string, unknown[]>; template: string; n: number }, ctx: OpContext): void {
  const target = join(ctx.scratch, `floor-${(state.n += 1)}.ropa`);
  writeFileSync(target, readFileSync(state.template));
  const raw = new Database(target);
  raw.pragma('journal_mode = DELETE');
  raw.pragma('synchronous = FULL');
  raw.transaction(() => {
    for (const table of CONTENT_TABLES) {
      const rows = state.rows[table] as Array<Record<string, unknown>>;
      if (rows.length === 0) continue;
      const columns = Object.keys(rows[0] as object);
      const insert = raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
      for (const row of rows) insert.run(row);
    }
  })();
  raw.close();
  rmSync(target, { force: true });
}

export function scratchFolder(base: string): string {
  mkdirSync(base, { recursive: true });
  return base;
}
