/**
 * Issue 15's model (docs/model.md):
 *
 * - retention rules say how their period is known (`period_state`:
 *   structured, not_stated, not_parsed) and keep the period as it was typed
 *   (`period_text`). A rule of an older register that holds its period as
 *   free text in the criterion ("5 gadi pēc līguma beigām", left there by an
 *   import that could not read it) gets it moved into the number, unit and
 *   event where the text parses; text that reads like a period but does not
 *   parse ("3-5 gadi") is marked not_parsed (the criterion is kept, so
 *   nothing is lost) and `ropa check` lists it (retention.not-parsed). The
 *   original text is kept in `period_text` either way.
 * - activities record "no recipients", "no transfers" and "no processors" as
 *   answers, distinct from lists not filled in yet.
 * - the countries catalogue gets a built-in region, EU/EEA without a named
 *   country (`EU-EEA`: "ES datu centri" in a policy that names no country).
 *   It is marked EEA, so the transfer rules treat it as no Chapter V
 *   transfer, as they treat Latvia or Germany.
 * - organisations record their roles as a set (`roles`, a JSON array). An
 *   existing organisation gets the roles its records show: controller when
 *   it keeps an Art. 30(1) record, processor when it keeps an Art. 30(2) one.
 *
 * - the built-in countries catalogue gets the adequacy list checked on
 *   2026-12-05 (shared/reference/adequacy-decisions.ts: the UK renewal of
 *   2025, the European Patent Organisation, Brazil) and the register's
 *   "adequacy list checked on" moves to that day, unless the DPO recorded a
 *   later check. Only built-in rows change: entries the DPO added are theirs.
 *
 * The parser is shared/retention-period.ts and the list is
 * shared/reference/adequacy-decisions.ts; this migration reads them as they
 * are when it lands. Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { EEA_REGION_ID } from '../../../shared/domain/catalogues.ts';
import { ADEQUACY_LIST } from '../../../shared/reference/adequacy-decisions.ts';
import { looksLikePeriod, parseRetentionText } from '../../../shared/retention-period.ts';

const COLUMNS = [
  "ALTER TABLE retention_rule ADD COLUMN period_state TEXT NOT NULL DEFAULT 'structured' CHECK (period_state IN ('structured', 'not_stated', 'not_parsed'))",
  "ALTER TABLE retention_rule ADD COLUMN period_text TEXT NOT NULL DEFAULT ''",
  'ALTER TABLE activity ADD COLUMN recipients_none INTEGER NOT NULL DEFAULT 0 CHECK (recipients_none IN (0, 1))',
  'ALTER TABLE activity ADD COLUMN transfers_none INTEGER NOT NULL DEFAULT 0 CHECK (transfers_none IN (0, 1))',
  'ALTER TABLE activity ADD COLUMN processors_none INTEGER NOT NULL DEFAULT 0 CHECK (processors_none IN (0, 1))',
  "ALTER TABLE organisation ADD COLUMN roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles) AND json_type(roles) = 'array')",
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of COLUMNS) await sql.raw(statement).execute(db);
  const textual = await db
    .selectFrom('retention_rule')
    .select(['id', 'criterion', 'start_event'])
    .where('period_value', 'is', null)
    .where('criterion', '<>', '')
    .execute();
  for (const rule of textual) {
    const parsed = parseRetentionText(rule.criterion);
    if (parsed?.kind === 'period') {
      await db
        .updateTable('retention_rule')
        .set({
          period_value: parsed.value,
          period_unit: parsed.unit,
          start_event: rule.start_event || parsed.startEvent,
          criterion: '',
          period_text: rule.criterion,
        })
        .where('id', '=', rule.id)
        .execute();
    } else if (parsed?.kind === 'not_stated') {
      await db.updateTable('retention_rule').set({ period_state: 'not_stated', criterion: '', period_text: rule.criterion }).where('id', '=', rule.id).execute();
    } else if (looksLikePeriod(rule.criterion)) {
      await db.updateTable('retention_rule').set({ period_state: 'not_parsed', period_text: rule.criterion }).where('id', '=', rule.id).execute();
    }
  }
  await updateAdequacyList(db);
  await deriveOrganisationRoles(db);
  await addEeaRegion(db);
}

/** The EU/EEA as a location of its own; a register that already has the id (a DPO's own entry) keeps it. */
async function addEeaRegion(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('country')
    .values({
      id: EEA_REGION_ID,
      name_lv: 'ES/EEZ (valsts nav norādīta)',
      name_en: 'EU/EEA (country not named)',
      description: 'Dati tiek glabāti Eiropas Savienībā vai Eiropas Ekonomikas zonā, nenosaucot valsti (piemēram, “ES datu centri”). / Data kept in the EU or the EEA without the country being named (e.g. “EU data centres”).',
      builtin: 1,
      revision: 1,
      created_at: '2026-12-05T00:00:00.000Z',
      updated_at: '2026-12-05T00:00:00.000Z',
      kind: 'country',
      eea: 1,
      adequacy: 'none',
      adequacy_note: '',
      adequacy_decision: '',
      checked_on: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

async function deriveOrganisationRoles(db: Kysely<any>): Promise<void> {
  const kinds = await db.selectFrom('activity').select(['organisation_id', 'kind']).distinct().execute();
  for (const { id } of await db.selectFrom('organisation').select('id').execute()) {
    const roles = (['controller', 'processor'] as const).filter((kind) => kinds.some((row) => row.organisation_id === id && row.kind === kind));
    await db.updateTable('organisation').set({ roles: JSON.stringify(roles) }).where('id', '=', id).execute();
  }
}

async function updateAdequacyList(db: Kysely<any>): Promise<void> {
  for (const entry of ADEQUACY_LIST.decisions) {
    await db
      .updateTable('country')
      .set({
        adequacy: entry.partial ? 'partial' : 'adequate',
        adequacy_note: entry.partial?.lv ?? '',
        adequacy_decision: entry.decision.lv,
        checked_on: ADEQUACY_LIST.checkedOn,
      })
      .where('id', '=', entry.id)
      .where('builtin', '=', 1)
      .execute();
  }
  // Every built-in destination was looked at on that day, adequate or not.
  await db.updateTable('country').set({ checked_on: ADEQUACY_LIST.checkedOn }).where('builtin', '=', 1).where('eea', '=', 0).execute();
  const recorded = await db.selectFrom('meta').select('value').where('key', '=', 'adequacy_list_checked_on').executeTakeFirst();
  if (!recorded?.value || recorded.value < ADEQUACY_LIST.checkedOn) {
    await db
      .insertInto('meta')
      .values({ key: 'adequacy_list_checked_on', value: ADEQUACY_LIST.checkedOn })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: ADEQUACY_LIST.checkedOn }))
      .execute();
  }
}
