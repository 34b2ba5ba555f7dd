/**
 * Every update carries the revision it read. Two writers (two windows, two
 * browser tabs) load the same record; the first saves; the second, stale,
 * save is refused with CONFLICT and the register is left as the first writer
 * left it (file, record and history). An update that names no revision is
 * refused with a message saying why, and changes nothing either.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import type { AppContext } from '../../main/services/app-context.ts';
import { toErrorShape } from '../../main/errors.ts';
import type { Channel } from '../../shared/contract/index.ts';
import { formatTimestamp } from '../../shared/format.ts';
import { invoke, value } from '../helpers/app.ts';
import { appOnBackend } from '../helpers/backend-app.ts';
import { useBackends } from '../helpers/backends.ts';
import { breachInput, requestInput } from '../helpers/dpo-records.ts';

const REVISION_MESSAGE = 'Labojumam jānorāda ieraksta versija, kas tika nolasīta; atveriet ierakstu vēlreiz un saglabājiet.';
const META = new Set(['id', 'revision', 'createdAt', 'updatedAt', 'usedBy', 'builtin']);

/** A stored record as the editor's form values: no id, revision or timestamps. */
function fieldsOf(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META.has(key)));
}

let app: AppContext;
/** What the register holds now: the file's bytes, or a team register's records and history head. */
let registerState: () => Promise<string>;

/** Any channel, untyped: the stale and revision-less inputs are the point. */
const call = (channel: Channel, input: unknown) => invoke(app, channel, input as never);

async function historyLength(): Promise<number> {
  return (await value(app, 'history:list', { limit: 500 })).length;
}

/**
 * Both writers read `record`; the first saves `first`, the second `second`
 * with the revision it read. The second must get CONFLICT, and a save with
 * no revision VALIDATION on `revision`; neither may change the register.
 */
async function secondWriterRefused(save: (change: Record<string, unknown>) => unknown, record: Record<string, unknown>, first: Record<string, unknown>, second: Record<string, unknown>, reread: () => Promise<unknown>) {
  const read = { id: record.id, revision: record.revision };
  const firstSave = await save({ ...fieldsOf(record), ...first, ...read });
  expect(firstSave).toMatchObject({ ok: true });
  const afterFirst = await reread();
  const hash = await registerState();
  const history = await historyLength();

  expect(await save({ ...fieldsOf(record), ...second, ...read })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(await save({ ...fieldsOf(record), ...second, id: record.id })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', issues: [{ path: expect.stringMatching(/revision$/), message: REVISION_MESSAGE }] },
  });

  expect(await registerState()).toBe(hash);
  expect(await historyLength()).toBe(history);
  expect(await reread()).toEqual(afterFirst);
  expect(afterFirst).toMatchObject(first);
}

/** On a `.ropa` file and on a team register (PostgreSQL), where the writers may be on two machines. */
const backends = useBackends();

describe.each(backends)('two writers of one register on $name', (backend) => {
  beforeEach(async () => {
    const now = () => new Date('2026-11-21T09:00:00.000Z');
    ({ app, state: registerState } = await appOnBackend(backend, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) }));
  });
  /** No author is set: a file's refusal says when; a team register's names the database user who saved. */
  const changedBy = () => (backend.name === 'postgres' ? 'mainīja ropa' : 'tika mainīts');

  it('activities: the stale save is refused with CONFLICT, the first writer’s change stays', async () => {
    const [summary] = await value(app, 'activities:list', {});
    const activity = await value(app, 'activities:get', { id: summary!.id });
    await secondWriterRefused(
      (input) => call('activities:save', input),
      activity,
      { name: 'Darbinieku personāla lietas (A)' },
      { name: 'Darbinieku personāla lietas (B)' },
      () => value(app, 'activities:get', { id: activity.id }),
    );
  });

  it('organisations, processors, retention rules and catalogue entries alike', async () => {
    const [organisation] = await value(app, 'organisations:list', {});
    const readOrganisation = async () => (await value(app, 'organisations:list', {})).find((o) => o.id === organisation!.id);
    await secondWriterRefused((input) => call('organisations:save', input), organisation!, { address: 'Rīga, Brīvības iela 1' }, { address: 'Cēsis' }, readOrganisation);

    const [processor] = await value(app, 'processors:list', {});
    await secondWriterRefused(
      (input) => call('processors:save', input),
      await value(app, 'processors:get', { id: processor!.id }),
      { name: 'SIA Mākoņserviss (A)' },
      { name: 'SIA Mākoņserviss (B)' },
      () => value(app, 'processors:get', { id: processor!.id }),
    );

    const [rule] = await value(app, 'retentionRules:list', {});
    const readRule = async () => (await value(app, 'retentionRules:list', {})).find((r) => r.id === rule!.id);
    await secondWriterRefused((input) => call('retentionRules:save', input), rule!, { criterion: 'Līdz līguma beigām (A)' }, { criterion: 'B' }, readRule);

    const catalogues = await value(app, 'catalogues:list', {});
    const entry = catalogues.catalogues.dataCategories[0] as unknown as Record<string, unknown>;
    const readEntry = async () => (await value(app, 'catalogues:list', {})).catalogues.dataCategories.find((e) => e.id === entry.id);
    await secondWriterRefused(
      (input) => call('catalogues:save', { catalogue: 'dataCategories', entry: input }),
      entry,
      { nameLv: 'Vārds, uzvārds (A)' },
      { nameLv: 'Vārds, uzvārds (B)' },
      readEntry,
    );
  });

  it('a stale delete or review is refused too, and one without a revision says why', async () => {
    const [summary] = await value(app, 'activities:list', {});
    const read = await value(app, 'activities:get', { id: summary!.id });
    expect(await call('activities:save', { ...fieldsOf(read), id: read.id, revision: read.revision, name: 'Pirmā rakstītāja labojums' })).toMatchObject({ ok: true });
    const hash = await registerState();
    const stale = { id: read.id, revision: read.revision };
    expect(await call('activities:delete', stale)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('activities:markReviewed', { ...stale, reviewedBy: 'Ilze Kalniņa, DAS' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const channel of ['activities:delete', 'activities:markReviewed'] as const) {
      expect(await call(channel, { id: read.id, reviewedBy: 'DAS' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: expect.arrayContaining([{ path: 'revision', message: REVISION_MESSAGE }]) },
      });
    }
    expect(await registerState()).toBe(hash);
    expect(await value(app, 'activities:get', { id: read.id })).toMatchObject({ name: 'Pirmā rakstītāja labojums', revision: read.revision + 1 });
  });

  it('below the contract too (imports, relinking, the CLI): a repository refuses an update that names no revision', async () => {
    const session = app.requireSession();
    const [summary] = await value(app, 'activities:list', {});
    const activity = await value(app, 'activities:get', { id: summary!.id });
    const [organisation] = await value(app, 'organisations:list', {});
    const hash = await registerState();
    await expect(session.write((trx) => saveActivity(trx, { ...fieldsOf(activity), id: activity.id, name: 'Bez versijas' } as never, session.ctx))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(session.write((trx) => saveOrganisation(trx, { ...fieldsOf(organisation!), id: organisation!.id } as never, session.ctx))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await registerState()).toBe(hash);
    expect(await value(app, 'activities:get', { id: activity.id })).toEqual(activity);
  });

  it('the refusal names who changed the record and when, in Latvian and in English', async () => {
    app.setAuthor('Ilze Kalniņa');
    const [summary] = await value(app, 'activities:list', {});
    const read = await value(app, 'activities:get', { id: summary!.id });
    const first = await value(app, 'activities:save', { ...read, name: 'Ilzes labojums' });
    const at = formatTimestamp(first.updatedAt);
    expect(at).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    const stale = await call('activities:save', { ...read, name: 'Novecojis labojums' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `Šo ierakstu ${at} mainīja Ilze Kalniņa (pēc tam, kad to atvērāt). Izmaiņas nav saglabātas; atveriet ierakstu no jauna un atkārtojiet tās.` } });

    const session = app.requireSession();
    const refused = await session.write((trx) => saveActivity(trx, { ...fieldsOf(read), id: read.id, revision: read.revision } as never, session.ctx)).catch((error: unknown) => error);
    expect(toErrorShape(refused, 'en').message).toBe(`Ilze Kalniņa changed this record on ${at}, after you opened it. Your changes were not saved; open the record again and repeat them.`);
    expect(await value(app, 'activities:get', { id: read.id })).toEqual(first);
  });

  it('breaches and data subject requests: a stale save or delete is refused, one without a revision says why', async () => {
    const [organisation] = await value(app, 'organisations:list', {});
    const breach = await value(app, 'breaches:save', breachInput(organisation!.id));
    await secondWriterRefused((input) => call('breaches:save', input), breach, { title: 'Nozaudēts klēpjdators (A)' }, { title: 'B' }, () => value(app, 'breaches:get', { id: breach.id }));
    const request = await value(app, 'requests:save', requestInput(organisation!.id));
    await secondWriterRefused((input) => call('requests:save', input), request, { requester: 'Jānis Bērziņš (A)' }, { requester: 'B' }, () => value(app, 'requests:get', { id: request.id }));

    const hash = await registerState();
    for (const [channel, record] of [['breaches:delete', breach], ['requests:delete', request]] as const) {
      expect(await call(channel, { id: record.id, revision: record.revision })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(changedBy()) } });
      expect(await call(channel, { id: record.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'revision', message: REVISION_MESSAGE }] } });
    }
    expect(await registerState()).toBe(hash);
  });

  it('notice set-up: two writers start from no stored set-up; the second save, naming no revision, is refused', async () => {
    const [organisation] = await value(app, 'organisations:list', {});
    const audience = { organisationId: organisation!.id, audienceIds: ['ds-customers'] };
    const initial = await value(app, 'notice:settings', audience);
    expect(initial.revision).toBeNull();
    const paragraph = (text: string) => ({ ...initial.settings, customParagraphs: [{ id: 'intro', headingLv: 'Ievads', headingEn: 'Introduction', textLv: text, textEn: text }] });
    expect(await value(app, 'notice:saveSettings', { settings: paragraph('Pirmais') })).toEqual({ revision: 1 });
    const hash = await registerState();
    expect(await call('notice:saveSettings', { settings: paragraph('Otrais') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('notice:saveSettings', { settings: paragraph('Otrais'), revision: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await registerState()).toBe(hash);
    expect((await value(app, 'notice:settings', audience)).settings.customParagraphs[0]?.textLv).toBe('Pirmais');
  });

  it('deleting an organisation, processor, retention rule or catalogue entry names the revision read: stale is CONFLICT, none is VALIDATION', async () => {
    const [organisation] = await value(app, 'organisations:list', {});
    const [processor] = await value(app, 'processors:list', {});
    const [rule] = await value(app, 'retentionRules:list', {});
    const custom = (await value(app, 'catalogues:save', { catalogue: 'dataSubjectCategories', entry: { nameLv: 'Pircēji', nameEn: 'Buyers', description: '', employees: false, vulnerable: false } })) as { id: string; revision: number };
    // The first writer saves each record; the second still holds the revision it read before.
    await value(app, 'organisations:save', { ...fieldsOf(organisation!), id: organisation!.id, revision: organisation!.revision, notes: 'A' } as never);
    await value(app, 'processors:save', { ...fieldsOf(await value(app, 'processors:get', { id: processor!.id })), id: processor!.id, revision: processor!.revision, notes: 'A' } as never);
    await value(app, 'retentionRules:save', { ...fieldsOf(rule!), id: rule!.id, revision: rule!.revision, notes: 'A' } as never);
    await value(app, 'catalogues:save', { catalogue: 'dataSubjectCategories', entry: { id: custom.id, revision: custom.revision, nameLv: 'Pircēji (A)', nameEn: 'Buyers', description: '', employees: false, vulnerable: false } });
    const hash = await registerState();
    const history = await historyLength();
    const deletes: Array<[Channel, (request: Record<string, unknown>) => unknown, { id: string; revision: number }]> = [
      ['organisations:delete', (request) => request, organisation!],
      ['processors:delete', (request) => ({ ...request, onLinked: 'unlink' }), processor!],
      ['retentionRules:delete', (request) => ({ ...request, onLinked: 'unlink' }), rule!],
      ['catalogues:delete', (request) => ({ catalogue: 'dataSubjectCategories', request }), custom],
    ];
    for (const [channel, wrap, read] of deletes) {
      expect(await call(channel, wrap({ id: read.id, revision: read.revision }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(changedBy()) } });
      expect(await call(channel, wrap({ id: read.id }))).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: expect.stringMatching(/revision$/), message: REVISION_MESSAGE }] } });
    }
    expect(await registerState()).toBe(hash);
    expect(await historyLength()).toBe(history);
  });
});
