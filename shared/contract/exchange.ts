/** Channels that move the whole register in or out as a file. */
import { z } from 'zod';
import { channel } from './define.ts';

export const ImportSummary = z.object({
  organisations: z.number().int(),
  activities: z.number().int(),
  processors: z.number().int(),
  retentionRules: z.number().int(),
});

export const exchangeContract = {
  /** Writes the JSON exchange file (save dialog). */
  'export:json': channel(z.object({}).strict(), z.object({ fileName: z.string() })),
  /** Reads a JSON exchange file (open dialog) into the open register; `replace` to overwrite existing content. */
  'import:json': channel(z.object({ replace: z.boolean().default(false) }).strict(), ImportSummary),
};
