/** Searching the register's text: what the list rows do not carry. */
import { z } from 'zod';
import { Id } from '../domain/primitives.ts';
import { channel } from './define.ts';

export const searchContract = {
  /**
   * The ids of the activities whose text matches every word of `query`:
   * all their own text fields and the names of what they link to
   * (organisation, catalogue entries in both languages, processors,
   * retention rules). Case and Latvian diacritics are ignored, so
   * "sikdatnes" finds "sīkdatnes". An empty query matches every activity.
   */
  'activities:search': channel(z.object({ query: z.string().max(500) }).strict(), z.object({ ids: z.array(Id) })),
};
