/**
 * The handlers on either backend: an AppContext whose open register is a
 * `.ropa` file or a team register (a schema on the test file's throwaway
 * PostgreSQL server), for handler suites that run on both (describe.each
 * over `useBackends()`).
 *
 * A file is opened the way the app opens it (`app.open`). A team register's
 * session is made here from the PostgreSQL connection with the same
 * `createSession` the app uses: the session reads only the connection's
 * `db`, `readOnly` and `close` (the better-sqlite3 handle is for backups,
 * which these suites do not make). When the session is backend-neutral and
 * `app.open` takes a `postgres://` address, this becomes `app.open(url)`.
 */
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import { createRegisterFile, type RegisterConnection } from '../../main/db/connection.ts';
import { historyHead } from '../../main/db/repositories/history-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import type { AppContext } from '../../main/services/app-context.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';
import { createSession } from '../../main/services/register-session.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { testApp, type QueuedDialogs } from './app.ts';
import type { Backend } from './backends.ts';
import { fileHash, steppingClock, tempDir } from './temp.ts';

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

const opened: AppContext[] = [];

// Each test's apps are closed after it: a team register's pool holds server connections.
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

/** The register's records and history head: what a team register's "unchanged" compares. */
export async function contentState(db: Kysely<DB>): Promise<string> {
  const head = await historyHead(db);
  return `${serialiseRegister(await exportRegister(db))}\n${head.seq} ${head.hash}`;
}

/** A new register on `backend`, open in a test AppContext with the real handlers. */
export async function appOnBackend(backend: Backend, options: BackendAppOptions): Promise<BackendApp> {
  const { app, dialogs } = testApp(options.language ?? 'lv', options.appNow ?? steppingClock());
  opened.push(app);
  const create = { now: options.now, ...(options.title !== undefined ? { title: options.title } : {}), ...(options.initialise ? { initialise: options.initialise } : {}) };
  if (backend.name === 'sqlite') {
    const path = join(tempDir(), 'register.ropa');
    await (await createRegisterFile(path, create)).close();
    await app.open(path);
    return { app, dialogs, path, state: async () => fileHash(path) };
  }
  const register = await backend.create(create);
  const connection = { path: 'team-register', db: register.db, readOnly: false, schemaVersion: 0, close: () => register.close() } as unknown as RegisterConnection;
  app.session = createSession(connection, { now: app.platform.now });
  return { app, dialogs, path: null, state: () => contentState(register.db) };
}
