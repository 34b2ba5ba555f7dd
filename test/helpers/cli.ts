/** Runs the real `ropa` command as a separate process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROPA_BIN = fileURLToPath(new URL('../../main/cli/bin.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function ropa(args: string[], options: { cwd?: string; lang?: 'lv' | 'en'; timeout?: number; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [ROPA_BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, ROPA_LANG: options.lang ?? 'lv', ...options.env },
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
