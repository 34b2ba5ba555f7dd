/** Helpers for the safety tests: a clock that can jump days, demo registers, processes that hold a register. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createRegisterFile } from '../../main/db/connection.ts';
import { AppContext } from '../../main/services/app-context.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { queuedDialogs } from './app.ts';
import { tempDir } from './temp.ts';

/** A clock that moves one second per call and can be moved on by days. */
export interface MovableClock {
  now: () => Date;
  advanceDays(days: number): void;
}

export function movableClock(start = '2026-11-21T09:00:00.000Z'): MovableClock {
  let time = Date.parse(start);
  return {
    now: () => {
      const now = new Date(time);
      time += 1000;
      return now;
    },
    advanceDays: (days) => {
      time += days * 86_400_000;
    },
  };
}

/** An AppContext with queued dialogs and a movable clock. */
export function clockedApp(language: Language = 'en', clock = movableClock()) {
  const dialogs = queuedDialogs();
  const app = new AppContext({ transport: 'web', version: 'test', dialogs, recentFiles: recentFilesAt(null), now: clock.now }, language);
  return { app, dialogs, clock };
}

/** A closed register file holding the demo data (18 activities), in a fresh folder unless `path` is given. */
export async function demoRegisterFile(path = join(tempDir(), 'demo.ropa'), now: () => Date = movableClock().now): Promise<string> {
  const { seedDemo } = await import('../../main/demo/demo-register.ts');
  const connection = await createRegisterFile(path, { now, title: 'Demo', initialise: (trx) => seedDemo(trx, { now }) });
  await connection.close();
  return path;
}

/** Reads one value from a register file without going through the app. */
export function peek<T>(path: string, query: string): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).pluck().get() as T;
  } finally {
    db.close();
  }
}

const HOLDER = fileURLToPath(new URL('./hold-register.ts', import.meta.url));

/**
 * Another process that opens `path` through the real openRegister and keeps
 * it open until its stdin closes. Resolves once it says whether it got the
 * register read-only.
 */
export async function holdRegister(path: string): Promise<{ child: ChildProcess; readOnly: boolean; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [HOLDER, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  const readOnly = await new Promise<boolean>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (true|false)/.exec(out);
      if (match) resolve(match[1] === 'true');
    });
    child.on('exit', (code) => reject(new Error(`holder exited early (${code}): ${out}`)));
  });
  return {
    child,
    readOnly,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.stdin!.end();
      }),
  };
}
