/**
 * Channels of the privacy notice (Art. 13/14): its set-up, a preview with
 * the pre-publication check, saving it as HTML, DOCX or PDF (main asks where,
 * writes the file and records the issue), and the notices the register has
 * outgrown since they were issued (the overview). Paths never cross.
 */
import { z } from 'zod';
import { Id, IsoDate, idSet } from '../domain/primitives.ts';
import { TranslatedFinding } from '../rules/messages.ts';
import { NoticeSettings } from '../notice/settings.ts';
import { channel } from './define.ts';
import { Language } from './register.ts';

export const NoticeAudience = z
  .object({
    organisationId: Id,
    audienceIds: idSet(50).refine((ids) => ids.length > 0, { message: 'validation.required' }),
  })
  .strict();
export type NoticeAudience = z.input<typeof NoticeAudience>;

export const NOTICE_FORMATS = ['html', 'docx', 'pdf'] as const;

export const NoticeRequest = NoticeAudience.extend({
  /** The notice's language; by default the app's. */
  lang: Language.optional(),
  /** The notice's date; today by default. */
  date: IsoDate.optional(),
}).strict();
export type NoticeRequest = z.input<typeof NoticeRequest>;

const Block: z.ZodType<NoticeBlockShape> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('paragraph'), text: z.string() }),
    z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
    z.object({ kind: z.literal('subsection'), heading: z.string(), blocks: z.array(Block) }),
  ]),
);
type NoticeBlockShape = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] } | { kind: 'subsection'; heading: string; blocks: NoticeBlockShape[] };

export const NoticeTextShape = z.object({
  lang: Language,
  title: z.string(),
  organisationName: z.string(),
  audienceLine: z.string(),
  versionLine: z.string(),
  sections: z.array(z.object({ key: z.string(), heading: z.string(), blocks: z.array(Block) })),
  draft: z.boolean(),
});

export const NoticeIssueSummary = z.object({
  version: z.number().int(),
  noticeDate: z.string(),
  lang: Language,
  format: z.enum(NOTICE_FORMATS),
  draft: z.boolean(),
  fingerprint: z.string(),
});

export const NoticeStatus = z.object({
  noticeId: z.string(),
  organisationId: z.string(),
  audienceIds: z.array(z.string()),
  audience: z.array(z.object({ lv: z.string(), en: z.string() })),
  lastIssue: NoticeIssueSummary.nullable(),
  /** Facts of the latest issue that the register now states differently. */
  changes: z.number().int().min(0),
});
export type NoticeStatus = z.infer<typeof NoticeStatus>;

export const noticeContract = {
  /** The notice's stored set-up, or the default one (revision null) when none is stored. Errors: NO_REGISTER. */
  'notice:settings': channel(NoticeAudience, z.object({ settings: NoticeSettings, revision: z.number().int().nullable() })),
  /**
   * Saves the DPO's set-up: own paragraphs, section order, options. `revision`
   * is the one loaded (absent for a new notice; absent while one is stored
   * meanwhile, or stale, is a CONFLICT naming who saved it). Errors: NO_REGISTER,
   * READ_ONLY, LOCKED, CONFLICT, VALIDATION.
   */
  'notice:saveSettings': channel(z.object({ settings: NoticeSettings, revision: z.number().int().min(1).optional() }).strict(), z.object({ revision: z.number().int() })),
  /**
   * The notice as it would be issued now, with the check's findings (in the
   * notice's language, each naming the field to fix). Nothing is recorded.
   * Errors: NO_REGISTER, NOT_FOUND (organisation, audience category).
   */
  'notice:preview': channel(NoticeRequest, z.object({ text: NoticeTextShape, findings: z.array(TranslatedFinding), version: z.number().int() })),
  /**
   * Saves the notice to a file the user chooses and records the issue with
   * the register's fingerprint. `final` leaves the check's list out.
   * Errors: NO_REGISTER, NOT_FOUND, CANCELLED, WRITE_FAILED, READ_ONLY, LOCKED.
   */
  'notice:save': channel(
    NoticeRequest.extend({ format: z.enum(NOTICE_FORMATS), final: z.boolean().optional() }).strict(),
    z.object({ fileName: z.string(), version: z.number().int(), missing: z.number().int() }),
  ),
  /** Every notice set up or issued, and how many of its facts the register has changed since. Errors: NO_REGISTER. */
  'notice:statuses': channel(z.object({}).strict(), z.array(NoticeStatus)),
};
