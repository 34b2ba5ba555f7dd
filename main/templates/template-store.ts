/**
 * The register's own templates (table activity_template, migration
 * 2026-12-04-14): stored as validated JSON, each with the definitions of the
 * non-built-in entries and rules it links to. Every write records a history
 * entry (`activityTemplate`) in the caller's transaction.
 *
 * The table is not in main/db/schema.ts (other work edits that file in
 * parallel); this module gives kysely its own typed view of it.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ActivityTemplate, TemplateCatalogueEntry, TemplateRetentionRule } from '../../shared/templates/schema.ts';
import { appendHistory } from '../db/repositories/history-repository.ts';
import { timestamp, type WriteContext } from '../db/repositories/write-context.ts';
import type { DB } from '../db/schema.ts';

interface ActivityTemplateTable {
  id: string;
  name_lv: string;
  name_en: string;
  body: string;
  definitions: string;
  revision: number;
  created_at: string;
  updated_at: string;
}
type TemplateDb = Kysely<{ activity_template: ActivityTemplateTable }>;
const view = (db: Kysely<DB>): TemplateDb => db as unknown as TemplateDb;

/** The entries and rules a template links to that a register may not have. */
export const TemplateDefinitions = z.object({
  catalogueEntries: z.array(TemplateCatalogueEntry),
  retentionRules: z.array(TemplateRetentionRule),
});
export type TemplateDefinitions = z.infer<typeof TemplateDefinitions>;

export interface StoredTemplate {
  template: ActivityTemplate;
  definitions: TemplateDefinitions;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

function fromRow(row: ActivityTemplateTable): StoredTemplate {
  return {
    template: ActivityTemplate.parse(JSON.parse(row.body)),
    definitions: TemplateDefinitions.parse(JSON.parse(row.definitions)),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every own template, by id. */
export async function listOwnTemplates(db: Kysely<DB>): Promise<StoredTemplate[]> {
  const rows = await view(db).selectFrom('activity_template').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findOwnTemplate(db: Kysely<DB>, id: string): Promise<StoredTemplate | undefined> {
  const row = await view(db).selectFrom('activity_template').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Creates or replaces an own template (same id: a new revision), with its history entry. */
export async function putOwnTemplate(trx: Kysely<DB>, template: ActivityTemplate, definitions: TemplateDefinitions, ctx: WriteContext): Promise<StoredTemplate> {
  const at = timestamp(ctx);
  const before = await findOwnTemplate(trx, template.id);
  const values = {
    name_lv: template.name.lv,
    name_en: template.name.en,
    body: JSON.stringify(template),
    definitions: JSON.stringify(definitions),
    updated_at: at,
  };
  if (before) {
    await view(trx)
      .updateTable('activity_template')
      .set({ ...values, revision: before.revision + 1 })
      .where('id', '=', template.id)
      .execute();
  } else {
    await view(trx).insertInto('activity_template').values({ id: template.id, ...values, revision: 1, created_at: at }).execute();
  }
  const after = (await findOwnTemplate(trx, template.id)) as StoredTemplate;
  await appendHistory(
    trx,
    { entityType: 'activityTemplate', entityId: template.id, action: before ? 'update' : 'create', label: template.name.lv, before: before ?? null, after },
    at,
  );
  return after;
}
