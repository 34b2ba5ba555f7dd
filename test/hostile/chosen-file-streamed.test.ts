/**
 * The streamed form of the atomic, no-follow write (writeChosenFileStreamed),
 * which the Excel export writes through: the workbook streams into a
 * temporary file beside the target, and the target changes only when the
 * whole file is there.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeChosenFileStreamed } from '../../main/services/atomic-write.ts';
import { tempDir } from '../helpers/temp.ts';

async function codeOf(run: () => Promise<void>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  }
}

/** Writes `parts` one after another, waiting for each to drain, then ends. */
function writing(parts: string[]): (output: Writable) => Promise<void> {
  return async (output) => {
    for (const part of parts) if (!output.write(part)) await new Promise((resolve) => output.once('drain', resolve));
    output.end();
  };
}

describe('writeChosenFileStreamed', () => {
  it('writes everything streamed, in order, under the name, leaving no temporary file', async () => {
    const folder = tempDir();
    const path = join(folder, 'register.xlsx');
    writeFileSync(path, 'old');
    const parts = Array.from({ length: 200 }, (_, index) => `${index}:${'x'.repeat(10_000)}\n`);
    await writeChosenFileStreamed(path, writing(parts));
    expect(readFileSync(path, 'utf8')).toBe(parts.join(''));
    expect(readdirSync(folder)).toEqual(['register.xlsx']);
  });

  it('keeps the old file whole, and leaves nothing behind, when the writer fails half way', async () => {
    const folder = tempDir();
    const path = join(folder, 'register.xlsx');
    writeFileSync(path, 'the last good export');
    const failing = async (output: Writable) => {
      output.write('half a workbook');
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('the disk is full');
    };
    expect(await codeOf(() => writeChosenFileStreamed(path, failing))).toBe('the disk is full');
    expect(readFileSync(path, 'utf8')).toBe('the last good export');
    expect(readdirSync(folder)).toEqual(['register.xlsx']);
  });

  it('refuses a dangling link (FILE_IS_LINK) before anything is written, nothing created where it points', async () => {
    const folder = tempDir();
    const outside = join(tempDir(), 'planted.xlsx');
    const link = join(folder, 'register.xlsx');
    symlinkSync(outside, link);
    let called = false;
    const write = async (output: Writable) => {
      called = true;
      output.end('secret register');
    };
    expect(await codeOf(() => writeChosenFileStreamed(link, write))).toBe('FILE_IS_LINK');
    expect(called).toBe(false);
    expect(existsSync(outside)).toBe(false);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(folder)).toEqual(['register.xlsx']);
  });

  it('maps a folder that is gone to FILE_NOT_FOUND', async () => {
    expect(await codeOf(() => writeChosenFileStreamed(join(tempDir(), 'missing', 'x.xlsx'), writing(['x'])))).toBe('FILE_NOT_FOUND');
  });
});
