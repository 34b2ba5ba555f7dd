/** The columns every record table (and every catalogue) of a register file has: schema.ts and its parts build on them. */
import type { Generated } from 'kysely';

export type Bool = 0 | 1;

export interface RecordColumns {
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CatalogueColumns extends RecordColumns {
  id: string;
  name_lv: string;
  name_en: string;
  description: Generated<string>;
  builtin: Generated<Bool>;
}
