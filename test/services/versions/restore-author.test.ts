import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../main/db/canonical-json.ts';
import { deleteActivity } from '../../../main/db/repositories/activity-repository.ts';
import { listHistory, verifyHistory } from '../../../main/db/repositories/history-repository.ts';
import { deleteOrganisation } from '../../../main/db/repositories/organisation-repository.ts';
import { AppError, toErrorShape } from '../../../main/errors.ts';
import { exportRegister, serialiseRegister } from '../../../main/services/json-exchange.ts';
import { currentRegister, rebuildRegisterAsOf } from '../../../main/services/versions/as-of.ts';
import { restoreRecord } from '../../../main/services/versions/restore.ts';
import { pastRegister, writePast } from './versions-fixture.ts';

async function historyCount(register: Awaited<ReturnType<typeof pastRegister>>): Promise<number> {
  return (await listHistory(register.connection.db, { limit: 500 })).length;
}

describe('restore a record as the history shows it', () => {
  it('brings a deleted activity back with the links whose targets exist, and names those that do not', async () => {
    const register = await pastRegister();
    await writePast(register);
    const deleted = await register.write('Ilze Ozola', async (trx) => {
      await deleteActivity(trx, register.activity.id, register.ctx);
      return (await listHistory(trx, { entityId: register.activity.id, limit: 1 }))[0]!;
    });
    expect(deleted.action).toBe('delete');
    const result = await register.write('Ilze Ozola', (trx) => restoreRecord(trx, { seq: deleted.seq, state: 'before' }, register.ctx));
    expect(result.outcome).toBe('recreated');
    // The processor was removed on 10 December (and the activity's link with it), so nothing is dropped here...
    expect(result.droppedLinks).toEqual([]);
    const back = (await exportRegister(register.connection.db)).activities.find((a) => a.id === register.activity.id)!;
    expect(back.name).toBe('Darba samaksas aprēķins');
    expect(back.dataCategories.map((row) => row.retentionRuleId)).toEqual([register.rule.id, register.rule.id]);
    // ...but as it was before the rename it linked to the processor, which no longer exists.
    const rename = (await listHistory(register.connection.db, { entityId: register.activity.id, limit: 500 })).reverse().find((e) => e.action === 'update')!;
    const older = await register.write('Ilze Ozola', (trx) => restoreRecord(trx, { seq: rename.seq, state: 'before' }, register.ctx));
    expect(older.outcome).toBe('updated');
    expect(older.droppedLinks.map((link) => `${link.field} ${link.label}`)).toEqual(['processors.0.processorId SIA Algu Serviss']);
    const now = (await exportRegister(register.connection.db)).activities.find((a) => a.id === register.activity.id)!;
    expect(now.name).toBe('Algu aprēķins');
    expect(now.processors).toEqual([]);
    expect(now.transfers.map((t) => [t.countryId, t.processorId])).toEqual([['US', null]]);
    expect((await verifyHistory(register.connection.db)).intact).toBe(true);
    // Restores are changes like any other: the rebuilt register still equals the records.
    expect((await rebuildRegisterAsOf(register.connection.db, { seq: Number.MAX_SAFE_INTEGER })).fingerprint).toBe((await currentRegister(register.connection.db)).fingerprint);
    await register.connection.close();
  });

  it('refuses a record whose organisation is gone, naming it, and leaves the register unchanged', async () => {
    const register = await pastRegister();
    const activityEntry = (await listHistory(register.connection.db, { entityId: register.activity.id, limit: 1 }))[0]!;
    await register.write('Ilze Ozola', async (trx) => {
      await deleteActivity(trx, register.activity.id, register.ctx);
      await deleteOrganisation(trx, register.organisation.id, register.ctx);
    });
    const before = serialiseRegister(await exportRegister(register.connection.db));
    const entries = await historyCount(register);
    const error = await register.write('Ilze Ozola', (trx) => restoreRecord(trx, { seq: activityEntry.seq, state: 'after' }, register.ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(toErrorShape(error, 'lv').message).toBe(
      'Ierakstu “PD-01 Algu aprēķins” nevar atjaunot: tas atsaucas uz ierakstu(-iem), kura(-u) vairs nav: SIA Tests (organisationId). Vispirms atjaunojiet tos. Reģistrs nav mainīts.',
    );
    expect(serialiseRegister(await exportRegister(register.connection.db))).toBe(before);
    expect(await historyCount(register)).toBe(entries);
    await register.connection.close();
  });

  it('undoing a creation removes the record, refused while activities link to it', async () => {
    const register = await pastRegister();
    const created = (await listHistory(register.connection.db, { entityId: register.rule.id, limit: 1 }))[0]!;
    const error = await register.write('x', (trx) => restoreRecord(trx, { seq: created.seq, state: 'before' }, register.ctx)).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('IN_USE');
    expect(toErrorShape(error, 'en').message).toContain('PD-01 Algu aprēķins');
    await register.connection.close();
  });
});

describe('the author of each change', () => {
  it('is part of the hashed entry; entries without one hash as they always did', async () => {
    const register = await pastRegister();
    await writePast(register);
    const entries = await listHistory(register.connection.db, { limit: 500 });
    expect(new Set(entries.map((e) => e.author))).toEqual(new Set([null, 'Ilze Ozola', 'Jānis Bērziņš']));
    // An entry written before authors: its hash is the old formula, with no author key at all.
    const old = entries.find((e) => e.author === null)!;
    const oldContent = canonicalJson({ seq: old.seq, at: old.at, entityType: old.entityType, entityId: old.entityId, action: old.action, label: old.label, before: old.before, after: old.after });
    expect(old.hash).toBe(createHash('sha256').update(old.prevHash).update('\n').update(oldContent).digest('hex'));
    expect((await verifyHistory(register.connection.db)).intact).toBe(true);
    // Changing who made a change breaks the chain at that entry.
    const signed = entries.find((e) => e.author === 'Jānis Bērziņš')!;
    await register.connection.db.updateTable('history').set({ author: 'Kāds cits' }).where('seq', '=', signed.seq).execute();
    const verdict = await verifyHistory(register.connection.db);
    expect(verdict.firstBroken?.seq).toBe(signed.seq);
    const refused = await rebuildRegisterAsOf(register.connection.db, '2026-12-06T00:00:00.000Z').catch((e: unknown) => e);
    expect(toErrorShape(refused, 'lv').message).toContain(`ierakstā Nr. ${signed.seq}`);
    await register.connection.close();
  });
});
