/**
 * The handlers on either backend: an AppContext whose open register is a
 * `.ropa` file or a team register (a schema on the test file's throwaway
 * PostgreSQL server), for handler suites that run on both (describe.each
 * over `useBackends()`).
 *
 * Either is opened the way the app opens it: `app.open(path)` for a file,
 * `app.open(postgres://…?register=…, { password })` for a team register (the
 * backend-neutral session, team-session.ts), so what the app does with the
 * open register's address (as-of views, file names, the recent list) is
 * what these suites test.
 */
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { historyHead } from '../../main/db/repositories/history-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import type { AppContext } from '../../main/services/app-context.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';
import { isTeamAddress } from '../../main/services/team-session.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { testApp, type QueuedDialogs } from './app.ts';
import type { Backend, MadeRegister } from './backends.ts';
import { fileHash, steppingClock } from './temp.ts';

export interface BackendApp {
  app: AppContext;
  dialogs: QueuedDialogs;
  /** The register's file; null on a team register. */
  path: string | null;
  /**
   * What the register holds now, as one string: the file's bytes (a file) or
   * every record and the history's head (a team register). "The register is
   * unchanged" is this not changing.
   */
  state(): Promise<string>;
}

export interface BackendAppOptions {
  /** The clock the register is created with (its first history entries). */
  now: () => Date;
  title?: string;
  initialise?: (trx: Kysely<DB>) => Promise<void>;
  language?: Language;
  /** The handlers' clock; a stepping clock by default. */
  appNow?: () => Date;
}

const opened: Array<{ close(): Promise<unknown> }> = [];

// Each test's apps (and the connections their state is read on) are closed after it: a team register's pool holds server connections.
afterEach(async () => {
  for (const open of opened.splice(0)) await open.close();
});

/** The register's records and history head: what a team register's "unchanged" compares. */
export async function contentState(db: Kysely<DB>): Promise<string> {
  const head = await historyHead(db);
  return `${serialiseRegister(await exportRegister(db))}\n${head.seq} ${head.hash}`;
}

/** A new register on `backend`, open in a test AppContext with the real handlers. */
export async function appOnBackend(backend: Backend, options: BackendAppOptions): Promise<BackendApp> {
  const create = { now: options.now, ...(options.title !== undefined ? { title: options.title } : {}), ...(options.initialise ? { initialise: options.initialise } : {}) };
  return appOnRegister(await backend.create(create), options);
}

/**
 * A register `backend` made (and the test filled), open in a test AppContext
 * the way the app opens it. `register` stays open beside the app, closed
 * after the test: a team register's `state()` reads through it (the app's own
 * session may be an as-of view by then, or closed).
 */
export async function appOnRegister(register: MadeRegister, options: Pick<BackendAppOptions, 'language' | 'appNow'> = {}): Promise<BackendApp> {
  const { app, dialogs } = testApp(options.language ?? 'lv', options.appNow ?? steppingClock());
  opened.push(app);
  if (!isTeamAddress(register.address)) {
    await register.close();
    await app.open(register.address);
    const path = register.address;
    return { app, dialogs, path, state: async () => fileHash(path) };
  }
  opened.push(register);
  await app.open(register.address, register.password !== undefined ? { password: register.password } : {});
  return { app, dialogs, path: null, state: () => contentState(register.db) };
}

/** Makes the register's organisation, as `files:new` does with the name the user gave. */
export function withOrganisation(name: string, now: () => Date): (trx: Kysely<DB>) => Promise<void> {
  return async (trx) => void (await saveOrganisation(trx, emptyOrganisation(name), { now }));
}
