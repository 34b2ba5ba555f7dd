/**
 * A throwaway PostgreSQL server for tests: `initdb` into a temporary folder,
 * `pg_ctl` on a free port on 127.0.0.1, stopped and removed after. Built from
 * the installed server binaries (Debian's `postgresql` package; `.ci/run`
 * installs it), never a mocked database. PostgreSQL refuses to run as root,
 * so when the tests run as root (CI) the server runs as the `postgres` OS
 * user that the package creates.
 *
 * The server is made for speed, not durability (fsync off): it lives for one
 * test file. The superuser `ropa` has a password (scram over TCP), so the
 * tests can also show what a wrong password does.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Where Debian puts the server binaries; PG_BIN overrides. */
const BIN_CANDIDATES = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

export const POSTGRES_MISSING =
  'PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/<version>/bin. ' +
  'Install them with `apt-get install postgresql` (Debian/Ubuntu), or set PG_BIN to the folder that holds initdb and pg_ctl.';

export interface ThrowawayPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** postgres://ropa:…@127.0.0.1:port/postgres */
  url: string;
  stop(): void;
  /** Shuts the server down (pg_ctl stop -m fast: clients' connections are ended), keeping its data. */
  pause(): void;
  /** Starts the paused server again on the same port. */
  resume(): void;
}

/** The folder holding initdb and pg_ctl, or a thrown error naming the package to install. */
export function postgresBin(): string {
  const candidates = process.env.PG_BIN ? [process.env.PG_BIN] : BIN_CANDIDATES;
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error(POSTGRES_MISSING);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a server binary, as the postgres OS user when we are root. */
function run(bin: string, program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'runuser' : join(bin, program);
  const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
  try {
    execFileSync(command, argv, { stdio: 'pipe', timeout: 60_000 });
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String((error as { stderr: unknown }).stderr) : '';
    throw new Error(`${program} failed: ${output || String(error)}`, { cause: error });
  }
}

function ownedByPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir)) chownSync(join(dir, entry), uid, gid);
}

/** Starts a fresh server; `stop()` shuts it down and removes its folder. */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const root = mkdtempSync(join(tmpdir(), 'ropa-pg-'));
  const data = join(root, 'data');
  const password = 'ropa-test-password';
  writeFileSync(join(root, 'pwfile'), password);
  ownedByPostgres(root);
  const port = await freePort();
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch {
        // already gone (the test killed it): the folder is removed below either way
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  const options = `-p ${port} -h 127.0.0.1 -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  const start = (): void => {
    run(bin, 'pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(root, 'server.log'), '-o', options]);
    started = true;
  };
  try {
    run(bin, 'initdb', ['-D', data, '-U', 'ropa', '--pwfile', join(root, 'pwfile'), '-E', 'UTF8', '--no-locale', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync']);
    start();
  } catch (error) {
    stop();
    throw error;
  }
  const host = '127.0.0.1';
  return {
    host,
    port,
    user: 'ropa',
    password,
    database: 'postgres',
    url: `postgres://ropa:${password}@${host}:${port}/postgres`,
    stop,
    pause() {
      run(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
      started = false;
    },
    resume: start,
  };
}

/** One server for the test file: started before its tests, stopped after. */
export function usePostgres(): () => ThrowawayPostgres {
  let server: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(() => server?.stop());
  return () => {
    if (!server) throw new Error('the PostgreSQL server has not started');
    return server;
  };
}
