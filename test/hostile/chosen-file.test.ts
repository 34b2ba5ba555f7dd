/**
 * Every file the app writes goes through one atomic, no-follow write
 * (main/services/atomic-write.ts): a symbolic link where a file is to be
 * written, dangling or not, is never followed, by any export, the PDF, a
 * copy of the register, or the CLI; browser mode's workspace never picks a
 * name a link already has.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { writeChosenFile } from '../../main/services/atomic-write.ts';
import { workspaceDialogs } from '../../main/web/workspace-dialogs.ts';
import { invoke, value } from '../helpers/app.ts';
import { clockedApp, demoRegisterFile } from '../helpers/safety.ts';
import { tempDir } from '../helpers/temp.ts';

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('writeChosenFile', () => {
  it('writes the whole content under the name, leaving no temporary file', () => {
    const folder = tempDir();
    const path = join(folder, 'register.json');
    writeFileSync(path, 'old');
    writeChosenFile(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(folder)).toEqual(['register.json']);
  });

  it('refuses a dangling link (FILE_IS_LINK): nothing is created where it points, nothing is left behind', () => {
    const folder = tempDir();
    const outside = join(tempDir(), 'planted.json');
    const link = join(folder, 'register.json');
    symlinkSync(outside, link);
    expect(codeOf(() => writeChosenFile(link, 'secret register'))).toBe('FILE_IS_LINK');
    expect(existsSync(outside)).toBe(false);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(folder)).toEqual(['register.json']);
  });

  it('refuses a link to an existing file, which keeps its content', () => {
    const folder = tempDir();
    const target = join(tempDir(), 'elsewhere.txt');
    writeFileSync(target, 'theirs');
    const link = join(folder, 'report.pdf');
    symlinkSync(target, link);
    expect(codeOf(() => writeChosenFile(link, 'ours'))).toBe('FILE_IS_LINK');
    expect(readFileSync(target, 'utf8')).toBe('theirs');
  });

  it('maps a folder that is gone to FILE_NOT_FOUND naming the chosen file', () => {
    expect(codeOf(() => writeChosenFile(join(tempDir(), 'missing', 'x.json'), 'x'))).toBe('FILE_NOT_FOUND');
  });
});

describe('no export follows a link', () => {
  it('JSON, Excel, PDF and a copy of the register, chosen onto a dangling link, are refused in the user’s language', async () => {
    const register = await demoRegisterFile();
    const { app, dialogs } = clockedApp('en');
    dialogs.answer(register);
    await value(app, 'files:open', {});
    const folder = tempDir();
    const outside = tempDir();
    const calls = [
      { channel: 'export:json', input: {}, name: 'a.json' },
      { channel: 'export:xlsx', input: {}, name: 'a.xlsx' },
      { channel: 'report:savePdf', input: {}, name: 'a.pdf' },
      { channel: 'files:saveCopy', input: {}, name: 'a.ropa' },
    ] as const;
    for (const call of calls) {
      const link = join(folder, call.name);
      symlinkSync(join(outside, call.name), link);
      dialogs.answer(link);
      const result = await invoke(app, call.channel, call.input);
      expect(result.ok, call.channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code, call.channel).toBe('FILE_IS_LINK');
        expect(result.error.message).toContain(`${call.name} is a symbolic link`);
      }
    }
    expect(readdirSync(outside)).toEqual([]);
    await app.close();
  });

  it('the CLI exports refuse an --out that is a link (exit 2, one line)', async () => {
    const register = await demoRegisterFile();
    const folder = tempDir();
    const outside = tempDir();
    for (const kind of ['json', 'xlsx', 'pdf']) {
      const link = join(folder, `out.${kind}`);
      symlinkSync(join(outside, `out.${kind}`), link);
      let stderr = '';
      const status = await runCli(['export', kind, '--db', register, '--out', link], {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        now: () => new Date(),
        lang: 'en',
        cwd: folder,
      });
      expect(status, kind).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('is a symbolic link');
    }
    expect(readdirSync(outside)).toEqual([]);
  });

  it('browser mode’s workspace never picks a name a dangling link has, and never offers a link to open', async () => {
    const folder = tempDir();
    const outside = tempDir();
    symlinkSync(join(outside, 'register.json'), join(folder, 'register.json'));
    symlinkSync(join(outside, 'other.json'), join(folder, 'newest.json'));
    const dialogs = workspaceDialogs(folder);
    expect(await dialogs.chooseFileToSave('json', 'register.json')).toBe(join(folder, 'register-2.json'));
    // Opening is a choice from the list, which never holds a link; with no choice there is no file.
    expect(dialogs.list('json')).toEqual([]);
    await expect(dialogs.chooseFileToOpen('json')).rejects.toMatchObject({ code: 'CHOOSE_FILE' });
  });
});
