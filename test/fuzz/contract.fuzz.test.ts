/**
 * Every contract channel, fed generated invalid and hostile input through
 * `dispatch` on a real register (the demo data): it must always answer a
 * Result, an error always with a known code (never INTERNAL) and a message;
 * no unhandled rejection, no prototype pollution; and when the answer is an
 * error, the register file is byte-for-byte unchanged.
 *
 * Inputs per case: anything at all (wrong types, NaN, deep nesting,
 * prototype-pollution keys, huge and broken strings), or a valid input for
 * the channel with one to three mutations (mutate.ts). Dialog-driven channels
 * (files:*, export:*, import:*) get a generated dialog answer: cancel, a junk
 * file, a JSON export, another register, a new file.
 *
 * FUZZ_RUNS sets the cases per channel (default 100); FUZZ_SEED repeats a run.
 */
import { breachInput, requestInput } from '../helpers/dpo-records.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/handlers/index.ts';
import type { DialogPort } from '../../main/services/app-context.ts';
import { AppContext } from '../../main/services/app-context.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { CHANNELS, type Channel } from '../../shared/contract/index.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { ERROR_CODES } from '../../shared/contract/result.ts';
import { value } from '../helpers/app.ts';
import { recordFigure } from '../helpers/figures.ts';
import { demoRegisterFile, movableClock } from '../helpers/safety.ts';
import { fileHash } from '../helpers/temp.ts';
import { junkValue } from './hostile.ts';
import { mutatedDocument } from './mutate.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KNOWN = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL'));
const DIALOG_ANSWERS = ['cancel', 'junk', 'json', 'register', 'new'] as const;
type DialogAnswer = (typeof DIALOG_ANSWERS)[number];

interface Fixture {
  app: AppContext;
  path: string;
  dir: string;
  json: string;
  otherRegister: string;
  setAnswer(answer: DialogAnswer, junk: Uint8Array): void;
}

async function fixture(): Promise<Fixture> {
  // Not tempDir(): that one is emptied after each test, and this register lives for the whole file.
  const dir = mkdtempSync(join(tmpdir(), 'ropa-fuzz-'));
  folders.push(dir);
  const path = await demoRegisterFile(join(dir, 'fuzz.ropa'));
  const otherRegister = await demoRegisterFile(join(dir, 'other.ropa'));
  let answer: DialogAnswer = 'cancel';
  let junk: Uint8Array = new Uint8Array();
  let serial = 0;
  const pathFor = (kind: string): string | null => {
    serial += 1;
    switch (answer) {
      case 'cancel':
        return null;
      case 'junk': {
        const file = join(dir, `junk-${serial}.${kind}`);
        writeFileSync(file, junk);
        return file;
      }
      case 'json':
        return json;
      case 'register':
        return otherRegister;
      case 'new':
        return join(dir, `new-${serial}.${kind}`);
    }
  };
  const dialogs: DialogPort = {
    chooseFileToOpen: async (kind) => pathFor(kind),
    chooseFileToSave: async (kind) => pathFor(kind),
  };
  const app = new AppContext({ transport: 'web', version: 'fuzz', dialogs, recentFiles: recentFilesAt(null), now: movableClock().now }, 'en');
  await app.open(path);
  const json = join(dir, 'demo.json');
  answer = 'new';
  const exported = await dispatch(app, 'export:json', {});
  if (!exported.ok) throw new Error('export failed');
  writeFileSync(json, readFileSync(join(dir, `new-${serial}.json`)));
  return {
    app,
    path,
    dir,
    json,
    otherRegister,
    setAnswer(next, bytes) {
      answer = next;
      junk = bytes;
    },
  };
}

/** A valid input for each channel, from the register's own records. */
async function validInputs(app: AppContext): Promise<Partial<Record<Channel, unknown>>> {
  const [summary] = await value(app, 'activities:list', {});
  const { createdAt: _c, updatedAt: _u, ...activity } = await value(app, 'activities:get', { id: summary!.id });
  const [organisation] = await value(app, 'organisations:list', {});
  const [processor] = await value(app, 'processors:list', {});
  const [rule] = await value(app, 'retentionRules:list', {});
  const { catalogues } = await value(app, 'catalogues:list', {});
  const subjects = catalogues.dataSubjectCategories[0]!;
  const [backup] = (await value(app, 'backups:list', {})).backups;
  const { createdAt: _bc, updatedAt: _bu, ...breach } = await value(app, 'breaches:save', breachInput(organisation!.id, { activityIds: [activity.id] }));
  const { createdAt: _rc, updatedAt: _ru, ...request } = await value(app, 'requests:save', requestInput(organisation!.id, { activityIds: [activity.id] }));
  return {
    'app:info': {},
    'app:setLanguage': { language: 'lv' },
    'register:current': {},
    'register:setTitle': { title: 'Reģistrs' },
    'files:new': { organisationName: 'SIA Jauna' },
    'files:open': {},
    'files:recent': {},
    'files:openRecent': { id: '0123456789abcdef' },
    'files:saveCopy': {},
    'files:close': {},
    'activities:list': {},
    'activities:firstRows': { count: 60, sortBy: 'number', desc: false, language: 'lv' },
    'activities:get': { id: activity.id },
    'activities:save': activity,
    'activities:duplicate': { id: activity.id },
    'activities:delete': { id: activity.id, revision: activity.revision },
    'history:list': { entityType: 'activity', entityId: activity.id, limit: 5 },
    'history:verify': {},
    'organisations:list': {},
    'organisations:save': organisation,
    'organisations:delete': { id: organisation!.id, revision: organisation!.revision, onLinked: 'refuse' },
    'processors:list': {},
    'processors:get': { id: processor!.id },
    'processors:save': processor,
    'processors:usage': { id: processor!.id },
    'processors:delete': { id: processor!.id, revision: processor!.revision },
    'retentionRules:list': {},
    'retentionRules:save': rule,
    'retentionRules:usage': { id: rule!.id },
    'retentionRules:delete': { id: rule!.id, revision: rule!.revision },
    'catalogues:list': {},
    'catalogues:save': { catalogue: 'dataSubjectCategories', entry: subjects },
    'catalogues:usage': { catalogue: 'legalBases', id: 'lb-a' },
    'catalogues:delete': { catalogue: 'dataSubjectCategories', request: { id: subjects.id, revision: subjects.revision } },
    'export:json': {},
    'import:json': { replace: false },
    'backups:list': {},
    'backups:create': {},
    'backups:restore': { id: backup!.id },
    'export:xlsx': { lang: 'lv' },
    'import:xlsxPreview': {},
    'import:xlsxCommit': { previewId: '00000000-0000-4000-8000-000000000000', replace: false },
    'import:xlsxProgress': {},
    'import:xlsxCancel': {},
    'register:changes': { after: 0 },
    'report:pdf': { lang: 'lv' },
    'report:savePdf': { lang: 'en' },
    'report:print': { lang: 'lv' },
    'activities:search': { query: 'sīkdatnes' },
    'checks:run': {},
    'checks:activities': {},
    'checks:activity': { id: activity.id },
    'activities:markReviewed': { id: activity.id, revision: activity.revision, reviewedBy: 'Ilze Kalniņa', cadenceMonths: 12 },
    'notice:settings': { organisationId: organisation!.id, audienceIds: ['ds-customers'] },
    'notice:saveSettings': { settings: defaultNoticeSettings(organisation!.id, ['ds-customers']) },
    'notice:preview': { organisationId: organisation!.id, audienceIds: ['ds-customers'], lang: 'en' },
    'notice:save': { organisationId: organisation!.id, audienceIds: ['ds-customers'], format: 'html' },
    'notice:statuses': {},
    'templates:list': { language: 'lv' },
    'templates:get': { id: 'cctv' },
    'templates:preview': { id: 'cctv', language: 'en' },
    'workspace:files': { kind: 'json' },
    'workspace:choose': { kind: 'json', id: 'abc' },
    'workspace:upload': { kind: 'json', fileName: 'kopa.json', contentBase64: 'e30=' },
    // Port 1 on the loopback refuses at once: a mutated form is refused (VALIDATION) or cannot reach a server (TEAM_UNREACHABLE).
    'team:open': { host: '127.0.0.1', port: 1, database: 'postgres', user: 'ropa', register: 'klients-a', sslMode: 'disable', password: 'x' },
    'templates:apply': { organisationId: organisation!.id, templateIds: ['cctv', 'e-shop'] },
    'templates:saveActivity': { activityId: activity.id },
    'templates:export': {},
    'templates:import': {},
    'versions:viewAsOf': { moment: '2026-11-21T12:00:00+02:00' },
    'versions:leaveAsOf': {},
    'versions:diff': { from: '2026-01-01T00:00:00Z' },
    'versions:list': {},
    'versions:approve': { name: 'Ilze Kalniņa', role: 'DAS', approvedOn: '2026-11-21', note: '' },
    'versions:restore': { seq: 1, state: 'before' },
    'versions:restoreAsOf': { entityType: 'activity', entityId: activity.id, seq: 1 },
    'app:setAuthor': { author: 'Ilze Kalniņa' },
    'app:author': {},
    'breaches:list': {},
    'breaches:get': { id: breach.id },
    'breaches:save': breach,
    'breaches:delete': { id: breach.id, revision: breach.revision },
    'breaches:prefill': { activityIds: [activity.id] },
    'breaches:notificationText': { id: breach.id, language: 'lv' },
    'breaches:saveNotificationPdf': { id: breach.id, language: 'en' },
    'requests:list': {},
    'requests:get': { id: request.id },
    'requests:save': request,
    'requests:delete': { id: request.id, revision: request.revision },
    'requests:proposeActivities': { organisationId: organisation!.id, dataSubjectCategoryIds: ['ds-customers'] },
    'dpoRecords:overview': {},
    'tasks:progress': {},
    'tasks:cancel': { channel: 'checks:run' },
  };
}

const folders: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const counts: Record<string, { cases: number; rejected: number; accepted: number }> = {};

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('fuzzing every contract channel', () => {
  let state: Fixture;
  let samples: Partial<Record<Channel, unknown>>;

  beforeAll(async () => {
    state = await fixture();
    samples = await validInputs(state.app);
    console.log(`contract fuzz: ${CHANNELS.length} channels × ${RUNS} cases, seed ${SEED} (repeat with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`);
  }, 120_000);

  it('every channel has a valid sample to mutate', () => {
    expect(CHANNELS.filter((channel) => samples[channel] === undefined)).toEqual([]);
  });

  it.each(CHANNELS.map((channel) => [channel]))('%s: always a clear answer, the register unchanged when refused', async (channel) => {
    const tally = (counts[channel] = { cases: 0, rejected: 0, accepted: 0 });
    const input = fc.oneof({ weight: 2, arbitrary: junkValue }, { weight: 3, arbitrary: mutatedDocument(samples[channel] ?? {}).map((m) => m.value) });
    const dialog = fc.tuple(fc.constantFrom(...DIALOG_ANSWERS), fc.uint8Array({ maxLength: 512 }));
    await fc.assert(
      fc.asyncProperty(input, dialog, async (raw, [answer, junk]) => {
        const { app, path } = state;
        if (app.session?.path !== path) await app.open(path);
        state.setAnswer(answer, junk);
        const before = fileHash(path);
        const unexpected: unknown[] = [];
        const result = await dispatch(app, channel, raw, { checkOutput: true, onUnexpected: (_c, error) => unexpected.push(error) });
        tally.cases += 1;
        expect(unexpected, String(unexpected[0] instanceof Error ? unexpected[0].stack : unexpected[0])).toEqual([]);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          tally.rejected += 1;
          expect(KNOWN.has(result.error.code), `${result.error.code}: ${result.error.message}`).toBe(true);
          expect(result.error.message.trim().length).toBeGreaterThan(0);
          expect(fileHash(path), `${channel} refused with ${result.error.code} but changed the register`).toBe(before);
        } else {
          tally.accepted += 1;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
        if (app.language !== 'en') app.language = 'en';
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);

  it('refuses 100,000 levels of nesting clearly', async () => {
    let deepArray: unknown = 'x';
    let deepObject: unknown = 'x';
    for (let level = 0; level < 100_000; level += 1) {
      deepArray = [deepArray];
      deepObject = { name: deepObject };
    }
    for (const [channel, raw] of [
      ['activities:save', deepObject],
      ['activities:save', { ...(samples['activities:save'] as object), name: deepArray, purposes: deepArray }],
      ['catalogues:save', { catalogue: 'countries', entry: deepObject }],
      ['history:list', deepArray],
    ] as const) {
      const result = await dispatch(state.app, channel, raw);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('an unknown channel is refused clearly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), junkValue), junkValue, async (channel, raw) => {
        const result = await dispatch(state.app, channel, raw);
        if (typeof channel === 'string' && (CHANNELS as string[]).includes(channel)) return;
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
        counts['(unknown)'] = { cases: (counts['(unknown)']?.cases ?? 0) + 1, rejected: (counts['(unknown)']?.rejected ?? 0) + 1, accepted: 0 };
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('leaves the register whole and its history intact, with no unhandled rejection', async () => {
    const { app, path } = state;
    if (app.session?.path !== path) await app.open(path);
    expect(app.requireSession().connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    const total = Object.values(counts).reduce((sum, c) => sum + c.cases, 0);
    const rejected = Object.values(counts).reduce((sum, c) => sum + c.rejected, 0);
    console.log(`contract fuzz: ${total} cases over ${Object.keys(counts).length} channels (${rejected} refused with a clear error, ${total - rejected} accepted)`);
    recordFigure('contractFuzzCases', total);
    await app.close();
  });
});
