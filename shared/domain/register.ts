/**
 * The whole register as one document: the JSON exchange format
 * (`ropa export json`), the input of `ropa import json`, and what the Excel
 * and PDF exports are built from. docs/register.schema.json describes it for
 * people and tools outside the app and is generated from these schemas.
 */
import { z } from 'zod';
import { StoredActivity } from './activity.ts';
import { StoredBreach } from './breach.ts';
import { Catalogues } from './catalogues.ts';
import { Organisation } from './organisation.ts';
import { StoredProcessor } from './processor.ts';
import { StoredRetentionRule } from './retention.ts';
import { StoredSubjectRequest } from './subject-request.ts';
import { Id, OptionalDate, Timestamp, plainText } from './primitives.ts';

export const REGISTER_FORMAT = 'ropa-register';
/** Bumped when the exchange format changes shape; importers read older ones. */
export const REGISTER_FORMAT_VERSION = 1;

/** Facts about the register itself. */
export const RegisterInfo = z.object({
  /** Stable identity of the register, kept across export and import. */
  registerId: Id,
  title: plainText(500),
  createdAt: Timestamp,
  /** When the built-in transfer adequacy list was last checked against the Commission's. */
  adequacyListCheckedOn: OptionalDate,
});
export type RegisterInfo = z.infer<typeof RegisterInfo>;

export const RegisterDocument = z.object({
  format: z.literal(REGISTER_FORMAT),
  formatVersion: z.literal(REGISTER_FORMAT_VERSION),
  register: RegisterInfo,
  organisations: z.array(Organisation),
  catalogues: Catalogues,
  processors: z.array(StoredProcessor),
  retentionRules: z.array(StoredRetentionRule),
  activities: z.array(StoredActivity),
  /** The breach register (Art. 33(5)); absent when it is empty (and in files from before it existed). */
  breaches: z.array(StoredBreach).optional(),
  /** The log of data subject requests (Art. 12–22); absent when it is empty. */
  subjectRequests: z.array(StoredSubjectRequest).optional(),
});
export type RegisterDocument = z.infer<typeof RegisterDocument>;
