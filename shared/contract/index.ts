/**
 * The one contract between the renderer and main: channel -> zod schemas of
 * input and output. Main validates every input against it before touching the
 * register; the renderer's API type is derived from it. Channel names are
 * `domain:verb`. A new part of the app adds its own file and one line here.
 */
import type { z } from 'zod';
import { activitiesContract } from './activities.ts';
import { checksContract } from './checks.ts';
import { backupsContract } from './backups.ts';
import { dpoRecordsContract } from './dpo-records.ts';
import { exchangeContract } from './exchange.ts';
import { importProgressContract } from './import-progress.ts';
import { liveContract } from './live.ts';
import { noticeContract } from './notice.ts';
import { recordsContract } from './records.ts';
import { registerContract } from './register.ts';
import { reportContract } from './report.ts';
import { searchContract } from './search.ts';
import { tasksContract } from './tasks.ts';
import type { Result } from './result.ts';
import { teamContract } from './team.ts';
import { templatesContract } from './templates.ts';
import { templateLibraryContract } from './template-library.ts';
import { versionsContract } from './versions.ts';
import { workspaceContract } from './workspace.ts';
import { xlsxContract } from './xlsx.ts';

export const contract = {
  ...registerContract,
  ...activitiesContract,
  ...recordsContract,
  ...exchangeContract,
  ...checksContract,
  ...backupsContract,
  ...xlsxContract,
  ...importProgressContract,
  ...reportContract,
  ...searchContract,
  ...noticeContract,
  ...templatesContract,
  ...templateLibraryContract,
  ...versionsContract,
  ...dpoRecordsContract,
  ...workspaceContract,
  ...teamContract,
  ...tasksContract,
  ...liveContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** What the renderer calls: one typed function for every channel. */
export interface RopaApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

export type { Result } from './result.ts';
