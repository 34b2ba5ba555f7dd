import { describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import {
  exportRegister,
  importRegisterDocument,
  parseRegisterDocument,
  serialiseRegister,
} from '../../main/services/json-exchange.ts';
import { listHistory, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { useBackends } from '../helpers/backends.ts';
import { fileHash, steppingClock } from '../helpers/temp.ts';
import { smallRegister } from '../helpers/registers.ts';

async function exported(): Promise<{ text: string; path: string }> {
  const { connection, path } = await smallRegister();
  const text = serialiseRegister(await exportRegister(connection.db));
  await connection.close();
  return { text, path };
}

function parseError(text: string): { code: string; message: string; issues: string[] } {
  try {
    parseRegisterDocument(text);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const shape = toErrorShape(error, 'en');
    return { code: shape.code, message: shape.message, issues: (shape.issues ?? []).map((i) => `${i.path}: ${i.message}`) };
  }
  return { code: 'no error', message: '', issues: [] };
}

/** The exchange into a new register, on a `.ropa` file and on a team register (PostgreSQL). */
const backends = useBackends();

describe.each(backends)('JSON exchange into a register on $name', (backend) => {
  it('export, import into a new register, export again: the two files are identical', async () => {
    const { text } = await exported();
    const ctx = { now: steppingClock('2027-01-01T00:00:00.000Z') };
    const connection = await backend.create({
      now: ctx.now,
      initialise: async (trx) => {
        await importRegisterDocument(trx, parseRegisterDocument(text), ctx);
      },
    });
    const again = serialiseRegister(await exportRegister(connection.db));
    expect(again).toBe(text);
    const history = await listHistory(connection.db, { limit: 500 });
    expect(history.some((entry) => entry.entityType === 'activity' && entry.action === 'create')).toBe(true);
    expect((await verifyHistory(connection.db)).intact).toBe(true);
    await connection.close();
  });
});

describe('JSON exchange', () => {
  it('refuses to import into a register that has data unless told to replace it, and then replaces all of it', async () => {
    const { text } = await exported();
    const { connection, path, ctx } = await smallRegister();
    const before = fileHash(path);
    await expect(connection.db.transaction().execute((trx) => importRegisterDocument(trx, parseRegisterDocument(text), ctx))).rejects.toMatchObject({
      code: 'REGISTER_NOT_EMPTY',
    });
    await connection.close();
    expect(fileHash(path)).toBe(before);
    const reopened = await openRegisterFile(path);
    await reopened.db.transaction().execute((trx) => importRegisterDocument(trx, parseRegisterDocument(text), ctx, { replace: true }));
    expect(serialiseRegister(await exportRegister(reopened.db))).toBe(text);
    await reopened.close();
  });

  it('malformed JSON', async () => {
    const { text } = await exported();
    expect(parseError(text.slice(0, text.length / 2)).code).toBe('IMPORT_NOT_JSON');
  });

  it('something that is not a register export', () => {
    expect(parseError('{"hello": "world"}').code).toBe('IMPORT_FORMAT');
    expect(parseError('[1,2,3]').code).toBe('IMPORT_FORMAT');
  });

  it('a newer format version names both versions', async () => {
    const document = JSON.parse((await exported()).text);
    document.formatVersion = 99;
    const error = parseError(JSON.stringify(document));
    expect(error.code).toBe('IMPORT_NEWER_FORMAT');
    expect(error.message).toContain('99');
  });

  it('the wrong shape names the field', async () => {
    const document = JSON.parse((await exported()).text);
    document.activities[0].status = 'maybe';
    document.activities[0].purposes[1].legalBasisIds = 'lb-f';
    const error = parseError(JSON.stringify(document));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContain('activities.0.status: Choose one of the offered values.');
    expect(error.issues.some((issue) => issue.startsWith('activities.0.purposes.1.legalBasisIds'))).toBe(true);
  });

  it('inconsistent records are refused with the same rules as the editor', async () => {
    const document = JSON.parse((await exported()).text);
    document.activities[0].status = 'ended';
    document.activities[0].endedOn = null;
    const error = parseError(JSON.stringify(document));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('activities.0.endedOn');
  });

  it('unknown references name the field and the id', async () => {
    const document = JSON.parse((await exported()).text);
    document.activities[0].processors[0].processorId = 'ghost';
    const error = parseError(JSON.stringify(document));
    expect(error).toMatchObject({ code: 'UNKNOWN_REFERENCE', message: 'Field activities.0.processors.0.processorId refers to a record that does not exist: ghost.' });
  });

  it('duplicate ids', async () => {
    const document = JSON.parse((await exported()).text);
    document.processors.push({ ...document.processors[0], name: 'Twin' });
    expect(parseError(JSON.stringify(document))).toMatchObject({ code: 'DUPLICATE_ID' });
    const again = JSON.parse((await exported()).text);
    again.activities.push({ ...again.activities[0], purposes: [], transfers: [] });
    expect(parseError(JSON.stringify(again)).code).toBe('DUPLICATE_ID');
  });

  it('two activities with one number in one organisation', async () => {
    const document = JSON.parse((await exported()).text);
    document.activities.push({ ...document.activities[0], id: 'other-id', purposes: [], transfers: [] });
    expect(parseError(JSON.stringify(document)).code).toBe('DUPLICATE_NUMBER');
  });

  it('a 10 MB string in a field is refused as too long, and the register is unchanged', async () => {
    const document = JSON.parse((await exported()).text);
    document.activities[0].notes = 'ā'.repeat(10 * 1024 * 1024);
    const { connection, path } = await smallRegister();
    await connection.close();
    const before = fileHash(path);
    const error = parseError(JSON.stringify(document));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('activities.0.notes');
    expect(error.message).toContain('at most 20000 characters');
    expect(fileHash(path)).toBe(before);
  });
});
