/**
 * One lock per file, not per path: a register open for writing is refused to
 * a second writer whichever name reaches it, a symbolic link (to the file or
 * to its folder) or a hard link; an import through a link never replaces the
 * register under the app that has it open.
 */
import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { acquireLock } from '../../main/services/register-lock.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

describe('one lock per file', () => {
  it('a second writer through a symbolic link, a linked folder or a hard link is refused', async () => {
    const folder = tempDir();
    const register = await demoRegisterFile(join(folder, 'register.ropa'));
    const symbolic = join(folder, 'link.ropa');
    symlinkSync(register, symbolic);
    const hard = join(folder, 'hard.ropa');
    linkSync(register, hard);
    const linkedFolder = join(tempDir(), 'shared');
    symlinkSync(folder, linkedFolder);
    const session = await openRegister(register, { now: () => new Date(), backups: { daily: false } });
    expect(session.readOnly).toBe(false);
    try {
      for (const path of [symbolic, hard, join(linkedFolder, 'register.ropa')]) {
        const outcome = acquireLock(path);
        expect(outcome.lock, path).toBeUndefined();
        expect(outcome.heldBy?.pid).toBe(process.pid);
        const second = await openRegister(path, { now: () => new Date(), backups: { daily: false } });
        expect(second.readOnly, path).toBe(true);
        await second.close();
      }
    } finally {
      await session.close();
    }
    // Released: any name can take it again, and only one at a time.
    const again = acquireLock(hard);
    expect(again.lock).toBeDefined();
    expect(acquireLock(register).lock).toBeUndefined();
    again.lock?.release();
  });

  it('an import through a link is refused while the app has the register open (exit 2), the register unchanged', async () => {
    const folder = tempDir();
    const register = await demoRegisterFile(join(folder, 'register.ropa'));
    const json = join(folder, 'other.json');
    const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text), now: () => new Date(), lang: 'en' as const, cwd: folder };
    let stderr = '';
    expect(await runCli(['export', 'json', '--db', register, '--out', json], io)).toBe(0);
    mkdirSync(join(folder, 'elsewhere'));
    const link = join(folder, 'elsewhere', 'same.ropa');
    symlinkSync(register, link);
    const session = await openRegister(register, { now: () => new Date(), backups: { daily: false } });
    try {
      const before = fileHash(register);
      stderr = '';
      expect(await runCli(['import', 'json', json, '--db', link, '--replace'], io)).toBe(2);
      expect(stderr).toContain('is open in another window');
      expect(fileHash(register)).toBe(before);
    } finally {
      await session.close();
    }
  });
});
