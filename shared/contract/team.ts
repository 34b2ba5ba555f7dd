/**
 * Opening a team register (a schema in a PostgreSQL database:
 * docs/team-register.md) from the app. The renderer sends what the DPO typed
 * in the form, each field checked here; main builds the address itself, so
 * no URL crosses the boundary. The password is used for this session only,
 * unless `remember` asks the desktop app to keep it with the operating
 * system's protection (Electron's safeStorage: never plain text); browser
 * mode never keeps it.
 */
import { z } from 'zod';
import { channel } from './define.ts';
import { RegisterStatus } from './register.ts';

/** A host name or an IPv4/IPv6 address: letters, digits, dots, hyphens, colons (no scheme, path or spaces). */
const Host = z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.:\-[\]]+$/);
/** A PostgreSQL identifier a person types: a database or a login name. */
const Name = z.string().trim().min(1).max(63).regex(/^[^\s/?#@:]+$/);

export const TeamOpenInput = z
  .object({
    host: Host,
    port: z.number().int().min(1).max(65535).default(5432),
    database: Name,
    user: Name,
    /** The register (schema) name: 1–63 of a-z 0-9 - _, not starting with pg_. */
    register: z.string().regex(/^(?!pg_)[a-z0-9][a-z0-9_-]{0,62}$/),
    sslMode: z.enum(['disable', 'require', 'verify-full']).default('require'),
    /** Empty: the password kept from before (desktop app), else PGPASSWORD or ~/.pgpass. */
    password: z.string().max(1024).default(''),
    /** Keep the password (encrypted by the operating system) for the next time; the desktop app only. */
    remember: z.boolean().default(false),
  })
  .strict();
export type TeamOpenInput = z.input<typeof TeamOpenInput>;

export const TeamOpenOutput = RegisterStatus.extend({
  /** Whether the password is now kept (encrypted) for the next time. */
  passwordKept: z.boolean(),
});

export const teamContract = {
  /**
   * Opens the team register the form names (closing the open register).
   * Errors: VALIDATION (a field), TEAM_LOGIN_FAILED, TEAM_UNREACHABLE,
   * TEAM_DATABASE_NOT_FOUND, TEAM_REGISTER_NOT_FOUND, TEAM_NOT_A_REGISTER,
   * TEAM_NEWER_VERSION; the open register stays open when it fails.
   */
  'team:open': channel(TeamOpenInput, TeamOpenOutput),
} as const;
