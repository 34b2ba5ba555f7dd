/**
 * The encrypted connection (TLS) to a team register's server, and its
 * failures said as such (issue 20): a server that offers no TLS when the
 * address requires it, a certificate no trusted authority signed, a
 * certificate issued for another name. Each has its own message naming TLS,
 * so a DPO (or the administrator they forward it to) does not look for a
 * network fault when the server is reachable but cannot be trusted.
 *
 * sslmode as libpq reads it: `disable` (no TLS), `require` (encrypted, the
 * certificate not checked), `verify-full` (encrypted, the certificate signed
 * by a trusted authority and issued for the host name). The authorities
 * trusted by `verify-full`, also as libpq: the address's `sslrootcert`
 * file, else PGSSLROOTCERT, else `~/.postgresql/root.crt` when it exists;
 * with none of them Node's own list of public authorities (libpq would
 * refuse; a server with a certificate from a public authority is trusted
 * here without a file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionOptions } from 'node:tls';
import { AppError } from '../../errors.ts';

/** The part of a team register's address TLS needs (connection.ts's PostgresTarget). */
export interface TlsTarget {
  host: string;
  port: number;
  sslMode?: 'disable' | 'require' | 'verify-full';
  /** A file of trusted authorities' certificates (PEM), for verify-full. */
  sslRootCert?: string;
}

/** The file of trusted authorities verify-full uses, or undefined for Node's public list. */
function rootCertificateFile(target: TlsTarget): string | undefined {
  if (target.sslRootCert) return target.sslRootCert;
  if (process.env.PGSSLROOTCERT) return process.env.PGSSLROOTCERT;
  const home = join(homedir(), '.postgresql', 'root.crt');
  return existsSync(home) ? home : undefined;
}

/** `pg`'s `ssl` setting for `target`: false, encrypted without checks, or encrypted and verified. */
export function tlsSettings(target: TlsTarget): false | ConnectionOptions {
  if (target.sslMode === 'require') return { rejectUnauthorized: false };
  if (target.sslMode !== 'verify-full') return false;
  const file = rootCertificateFile(target);
  if (!file) return { rejectUnauthorized: true };
  try {
    return { rejectUnauthorized: true, ca: readFileSync(file, 'utf8') };
  } catch (error) {
    throw new AppError('TEAM_TLS_UNTRUSTED', { server: `${target.host}:${target.port}`, detail: `sslrootcert ${file}: ${(error as { code?: string }).code ?? String(error)}` }, { cause: error });
  }
}

/** Node's codes for a certificate chain that does not end in a trusted authority (or is not valid now). */
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'INVALID_CA',
]);

/**
 * A TLS failure reaching the server as the AppError the user should see:
 * TEAM_TLS_NOT_OFFERED (the server answered that it does not do TLS),
 * TEAM_TLS_HOST_MISMATCH (the certificate names another host),
 * TEAM_TLS_UNTRUSTED (no trusted authority signed it, or it is expired);
 * null when `error` is not about TLS.
 */
export function asTlsError(error: unknown, target: TlsTarget): AppError | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : '';
  const server = `${target.host}:${target.port}`;
  if (/server does not support SSL/i.test(message)) {
    return new AppError('TEAM_TLS_NOT_OFFERED', { server, mode: target.sslMode ?? 'require' }, { cause: error });
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new AppError('TEAM_TLS_HOST_MISMATCH', { host: target.host, detail: message }, { cause: error });
  }
  if (UNTRUSTED.has(code)) return new AppError('TEAM_TLS_UNTRUSTED', { server, detail: `${code}: ${message}` }, { cause: error });
  return null;
}
