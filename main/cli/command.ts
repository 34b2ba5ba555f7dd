/**
 * The shape of a CLI command. Each command is a file in cli/commands and one
 * line in cli/index.ts. Commands print results to stdout; they throw
 * AppError (exit 2) or UsageError (exit 2) for bad input, and return an exit
 * code otherwise. Heavy libraries (exceljs, pdfmake) are imported inside
 * `run` with `await import(...)`, so `ropa --help` and `ropa list` start fast.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../../shared/i18n/index.ts';
import { parsePostgresUrl } from '../db/postgres/connection.ts';
import { isTeamAddress, noTeamBackups } from '../services/team-session.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  lang: Language;
  cwd: string;
  /** Who makes the changes: `--author`, else ROPA_AUTHOR, else the OS user name (bin.js). */
  author?: string;
}

export interface Command {
  /** The words that select it: ['export', 'json']. */
  words: string[];
  usage: string;
  /** What it does, for `ropa --help`: its entry in shared/i18n/resources/cli-commands.ts. */
  summary: `cliCommands:${string}`;
  /** parseArgs option definitions. */
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** How many positional arguments it takes after its words (min, max). */
  positionals: [number, number];
  run(args: { positionals: string[]; values: Record<string, string | boolean | undefined> }, io: CliIO): Promise<number>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A required string option, or a usage error naming it. */
export function requireOption(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`--${name} is required`);
  return value;
}

/**
 * `--db`: a register file (relative to the working folder) or a team
 * register's address (`postgres://user@host/db?register=name`), kept as
 * given; openRegister tells the two apart.
 */
export function registerOption(values: Record<string, string | boolean | undefined>, io: Pick<CliIO, 'cwd'>): string {
  const value = requireOption(values, 'db');
  return isTeamAddress(value) ? value : resolve(io.cwd, value);
}

/** True when `--db` names a register file that does not exist yet (an import creates it); a team register is never made here. */
export function isNewRegisterFile(register: string): boolean {
  return !isTeamAddress(register) && !existsSync(register);
}

/** Backups and restores are of `.ropa` files: a team register's are its server's (TEAM_NO_BACKUPS, exit 2). */
export function requireRegisterFile(register: string): string {
  if (isTeamAddress(register)) throw noTeamBackups(parsePostgresUrl(register));
  return register;
}
