/**
 * Every import is written one way (main/features/import-into-register.ts),
 * whether the app or the CLI asks: a read-only register is refused before
 * anything happens, a backup is made before the write, the write is one
 * transaction (a refused import leaves the register as it was), and a new
 * register file appears only when its import succeeded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { importJsonDocument, importJsonIntoNewRegister, registerJsonText } from '../../main/features/json-exchange.ts';
import { listBackups } from '../../main/services/backups.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { parseRegisterDocument } from '../../main/services/json-exchange.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

const now = () => new Date('2026-11-21T09:00:00.000Z');

async function demoRegister(): Promise<string> {
  const path = join(tempDir(), 'demo.ropa');
  const connection = await createRegisterFile(path, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
  await connection.close();
  return path;
}

describe('an import, from the app or the CLI', () => {
  it('is refused on a read-only register before a backup is made', async () => {
    const path = await demoRegister();
    const session = await openRegister(path, { now, readOnly: true });
    try {
      const document = parseRegisterDocument(await registerJsonText(session.db));
      await expect(importJsonDocument(session, document, true)).rejects.toMatchObject({ code: 'READ_ONLY' });
    } finally {
      await session.close();
    }
    expect(listBackups(path)).toEqual([]);
  });

  it('makes a backup first; a refused write leaves the register as it was', async () => {
    const path = await demoRegister();
    const session = await openRegister(path, { now, whenLocked: 'fail' });
    const document = parseRegisterDocument(await registerJsonText(session.db));
    const reasons = () => listBackups(path).map((backup) => backup.reason);
    const backupsBefore = reasons();
    const before = fileHash(path);
    try {
      // The register has content and `replace` is not asked: refused inside the transaction.
      await expect(importJsonDocument(session, document, false)).rejects.toMatchObject({ code: 'REGISTER_NOT_EMPTY' });
      // The import's own backup, beside the day's backup of the register as opened (taken before any write, if not already).
      expect(reasons().filter((reason) => reason === 'import')).toHaveLength(backupsBefore.filter((reason) => reason === 'import').length + 1);
      expect([...new Set(reasons())].sort()).toEqual(['daily', 'import']);
      expect(await registerJsonText(session.db)).toBe(`${JSON.stringify(document, null, 2)}\n`);
    } finally {
      await session.close();
    }
    expect(fileHash(path)).toBe(before);
  });

  it('into a new file: the file appears only when the import succeeded', async () => {
    const source = await demoRegister();
    const session = await openRegister(source, { now, readOnly: true });
    const document = parseRegisterDocument(await registerJsonText(session.db));
    await session.close();

    const target = join(tempDir(), 'new.ropa');
    const summary = await importJsonIntoNewRegister(target, document, now);
    expect(summary.activities).toBe(document.activities.length);
    expect(existsSync(target)).toBe(true);

    // A document whose activities name an organisation it does not hold fails in the write: no file.
    const broken = { ...document, organisations: [] };
    const refused = join(tempDir(), 'refused.ropa');
    await expect(importJsonIntoNewRegister(refused, broken, now)).rejects.toThrow();
    expect(existsSync(refused)).toBe(false);
  });
});
