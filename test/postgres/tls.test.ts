/**
 * TLS failures have their own messages (issue 20), not a generic
 * "unreachable": the throwaway server first without TLS (sslmode=require is
 * refused, naming TLS), then with TLS turned on (ALTER SYSTEM, reload) and a
 * certificate signed by a test authority made with openssl: verify-full
 * with that authority opens the register, with another authority is refused
 * as untrusted, and by a name the certificate was not issued for as a host
 * mismatch; `require` opens it without checking the certificate.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPostgresRegister, postgresKysely, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { testApp } from '../helpers/app.ts';
import { ropa } from '../helpers/cli.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/temp.ts';

const server = usePostgres();
const REGISTER = 'tls-klients';

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** A certificate authority: its key and self-signed certificate in `dir`. */
function authority(dir: string, name: string): string {
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.crt`], dir);
  return join(dir, `${name}.crt`);
}

/** The server's key and certificate, signed by `ca`, issued for 127.0.0.1 only (not for "localhost"). */
function serverCertificate(dir: string, ca: string): { cert: string; key: string } {
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=db.example.lv', '-keyout', 'server.key', '-out', 'server.csr'], dir);
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName = IP:127.0.0.1, DNS:db.example.lv\n');
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-days', '2', '-extfile', 'san.ext', '-out', 'server.crt'], dir);
  const key = join(dir, 'server.key');
  chmodSync(key, 0o600);
  if (process.getuid?.() === 0) {
    // The server runs as the postgres OS user (test/helpers/postgres.ts): its key must be that user's, and private.
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    for (const file of ['server.key', 'server.crt']) chownSync(join(dir, file), uid, gid);
    chmodSync(dir, 0o755);
  }
  return { cert: join(dir, 'server.crt'), key };
}

function address(options: { host?: string; sslmode: string; sslrootcert?: string }): string {
  const { user, port, database } = server();
  const rootcert = options.sslrootcert ? `&sslrootcert=${encodeURIComponent(options.sslrootcert)}` : '';
  return `postgres://${user}@${options.host ?? '127.0.0.1'}:${port}/${database}?register=${REGISTER}&sslmode=${options.sslmode}${rootcert}`;
}

/** Opens `url` in a test app; the error's code and message, or 'opened'. */
async function openIn(language: 'lv' | 'en', url: string): Promise<{ code: string; message: string; readOnly?: boolean }> {
  const { app } = testApp(language);
  try {
    const status = await app.open(url, { password: server().password });
    return { code: 'opened', message: '', readOnly: status.readOnly };
  } catch (error) {
    const { toErrorShape } = await import('../../main/errors.ts');
    return toErrorShape(error, language);
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  const { host, port, user, password, database } = server();
  const admin: PostgresTarget = { host, port, user, password, database, register: REGISTER };
  await (await createPostgresRegister(admin, { now: () => new Date() })).close();
}, 120_000);

describe('TLS failures have their own message', () => {
  it('sslmode=require against a server without TLS names TLS, in Latvian and English', async () => {
    const lv = await openIn('lv', address({ sslmode: 'require' }));
    expect(lv.code).toBe('TEAM_TLS_NOT_OFFERED');
    expect(lv.message).toContain('nepiedāvā šifrētu savienojumu (TLS)');
    expect(lv.message).toContain('sslmode=require');
    const en = await openIn('en', address({ sslmode: 'verify-full' }));
    expect(en.code).toBe('TEAM_TLS_NOT_OFFERED');
    expect(en.message).toContain('does not offer an encrypted connection (TLS)');
    // The CLI says the same, exit 2.
    const cli = ropa(['list', '--db', address({ sslmode: 'require' })], { env: { PGPASSWORD: server().password } });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('nepiedāvā šifrētu savienojumu (TLS)');
  }, 120_000);

  it('with TLS on: verify-full trusts the right authority only, and only for the name in the certificate', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const ca = authority(dir, 'ropa-test-ca');
    const wrongCa = authority(dir, 'cits-ca');
    const { cert, key } = serverCertificate(dir, join(dir, 'ropa-test-ca'));
    const { host, port, user, password, database } = server();
    const superuser = postgresKysely({ host, port, user, password, database, register: 'public' });
    try {
      await sql.raw(`ALTER SYSTEM SET ssl_cert_file = '${cert}'`).execute(superuser);
      await sql.raw(`ALTER SYSTEM SET ssl_key_file = '${key}'`).execute(superuser);
      await sql.raw('ALTER SYSTEM SET ssl = on').execute(superuser);
      await sql`select pg_reload_conf()`.execute(superuser);
    } finally {
      await superuser.destroy();
    }
    // The reload is asynchronous: wait until a TLS connection is taken.
    let opened = { code: '', message: '' };
    for (let attempt = 0; attempt < 40 && opened.code !== 'opened'; attempt += 1) {
      opened = await openIn('en', address({ sslmode: 'require' }));
      if (opened.code !== 'opened') await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(opened.code).toBe('opened');

    expect(await openIn('en', address({ sslmode: 'verify-full', sslrootcert: ca }))).toMatchObject({ code: 'opened', readOnly: false });

    const untrusted = await openIn('lv', address({ sslmode: 'verify-full', sslrootcert: wrongCa }));
    expect(untrusted.code).toBe('TEAM_TLS_UNTRUSTED');
    expect(untrusted.message).toContain('TLS sertifikātu nevar apliecināt');
    const untrustedEn = await openIn('en', address({ sslmode: 'verify-full', sslrootcert: wrongCa }));
    expect(untrustedEn.message).toContain('is not signed by a trusted certificate authority');

    const otherName = await openIn('en', address({ host: 'localhost', sslmode: 'verify-full', sslrootcert: ca }));
    expect(otherName.code).toBe('TEAM_TLS_HOST_MISMATCH');
    expect(otherName.message).toContain('was not issued for localhost');
    const otherNameLv = await openIn('lv', address({ host: 'localhost', sslmode: 'verify-full', sslrootcert: ca }));
    expect(otherNameLv.message).toContain('nav izdots adresei localhost');
  }, 180_000);
});
