import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo, breachInput, requestInput } from '../helpers/dpo-records.ts';
import { tempDir } from '../helpers/temp.ts';

async function exportedWithRecords(): Promise<string> {
  const { app, organisationId, idOf } = await appWithDemo('lv');
  const processorId = (await value(app, 'processors:list', {}))[0]!.id;
  await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02'), idOf('PD-01')], processorIds: [processorId], attachments: ['Akts Nr. 5', 'e-pasts 20.11.2026'] }));
  await value(app, 'requests:save', requestInput(organisationId, { activityIds: [idOf('PD-06')], extensionMonths: 1, extensionNotifiedOn: '2026-11-20', extensionReasons: 'Daudz datu' }));
  const text = serialiseRegister(await exportRegister(app.requireSession().db));
  await app.close();
  return text;
}

async function importInto(text: string) {
  const connection = await createRegisterFile(join(tempDir(), 'copy.ropa'), { now: () => new Date('2026-12-01T10:00:00.000Z') });
  await connection.db.transaction().execute((trx) => importRegisterDocument(trx, parseRegisterDocument(text), { now: () => new Date('2026-12-01T10:00:00.000Z') }));
  return connection;
}

describe('breaches and requests in the JSON exchange format', () => {
  it('export → import → export gives the identical file, links and history included', async () => {
    const first = await exportedWithRecords();
    const document = JSON.parse(first) as { breaches: Array<{ activityIds: string[]; attachments: string[] }>; subjectRequests: unknown[] };
    expect(document.breaches).toHaveLength(1);
    expect(document.breaches[0]?.attachments).toEqual(['Akts Nr. 5', 'e-pasts 20.11.2026']);
    expect(document.subjectRequests).toHaveLength(1);
    const connection = await importInto(first);
    expect(serialiseRegister(await exportRegister(connection.db))).toBe(first);
    const history = await connection.db.selectFrom('history').select(['entity_type', 'action']).where('entity_type', 'in', ['breach', 'subjectRequest']).execute();
    expect(history).toEqual([
      { entity_type: 'breach', action: 'create' },
      { entity_type: 'subjectRequest', action: 'create' },
    ]);
    await connection.close();
  });

  it('a register without them exports no breach or request lists (the file reads as before)', async () => {
    const { app } = await appWithDemo('lv');
    const document = await exportRegister(app.requireSession().db);
    expect(document).not.toHaveProperty('breaches');
    expect(document).not.toHaveProperty('subjectRequests');
    await app.close();
  });

  it('refuses a file whose breach links to an activity that is not in it, or holds a negative count, naming the field', async () => {
    const text = await exportedWithRecords();
    const dangling = JSON.parse(text) as { breaches: Array<{ activityIds: string[]; approxSubjects: number }> };
    dangling.breaches[0]!.activityIds[0] = 'deleted-activity';
    expect(() => parseRegisterDocument(JSON.stringify(dangling))).toThrow(expect.objectContaining({ code: 'UNKNOWN_REFERENCE', params: { field: 'breaches.0.activityIds.0', id: 'deleted-activity' } }));
    const negative = JSON.parse(text) as { breaches: Array<{ approxSubjects: number }> };
    negative.breaches[0]!.approxSubjects = -5;
    expect(() => parseRegisterDocument(JSON.stringify(negative))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
