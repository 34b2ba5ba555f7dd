/**
 * An activity's link rows (purposes and their legal bases, data subjects,
 * data categories, recipients, processors, transfers, joint controllers...):
 * collected from the activity's fields, written in foreign-key order, and
 * removed before a save writes them anew.
 */
import type { Kysely } from 'kysely';
import { compiledOnce } from '../compiled-queries.ts';
import type { DB } from '../schema.ts';
import type { ActivityFields } from './activity-rows.ts';
import { insertRows, newId, type WriteContext } from './write-context.ts';

type ChildTable =
  | 'activity_purpose'
  | 'activity_purpose_legal_basis'
  | 'activity_legal_basis'
  | 'activity_art9_condition'
  | 'activity_data_subject'
  | 'activity_data_category'
  | 'activity_source'
  | 'activity_named_source'
  | 'activity_recipient'
  | 'activity_processor'
  | 'activity_transfer'
  | 'activity_security_measure'
  | 'activity_dpia_criterion'
  | 'activity_controller';
export type ChildRows = Record<ChildTable, Array<Record<string, unknown>>>;

/** The table order that satisfies the foreign keys (a purpose before its legal bases). */
const INSERT_ORDER: readonly ChildTable[] = [
  'activity_purpose',
  'activity_purpose_legal_basis',
  'activity_legal_basis',
  'activity_art9_condition',
  'activity_data_subject',
  'activity_data_category',
  'activity_source',
  'activity_named_source',
  'activity_recipient',
  'activity_processor',
  'activity_transfer',
  'activity_security_measure',
  'activity_dpia_criterion',
  'activity_controller',
];

export function emptyChildRows(): ChildRows {
  return Object.fromEntries(INSERT_ORDER.map((table) => [table, []])) as unknown as ChildRows;
}

/** Adds the link rows of activity `id` to `rows`. New child records get ids here. */
export function collectChildRows(rows: ChildRows, id: string, input: ActivityFields, ctx: WriteContext): void {
  input.purposes.forEach((purpose, position) => {
    const purposeId = purpose.id ?? newId(ctx);
    rows.activity_purpose.push({
      id: purposeId,
      activity_id: id,
      position,
      description: purpose.description,
      legitimate_interest: purpose.legitimateInterest,
      legitimate_interest_assessment: purpose.legitimateInterestAssessment,
      legitimate_interest_assessed_on: purpose.legitimateInterestAssessedOn,
    });
    purpose.legalBasisIds.forEach((legalBasisId, basisPosition) =>
      rows.activity_purpose_legal_basis.push({ purpose_id: purposeId, legal_basis_id: legalBasisId, position: basisPosition }),
    );
  });
  input.legalBasisIds.forEach((legalBasisId, position) => rows.activity_legal_basis.push({ activity_id: id, legal_basis_id: legalBasisId, position }));
  input.art9ConditionIds.forEach((art9ConditionId, position) => rows.activity_art9_condition.push({ activity_id: id, art9_condition_id: art9ConditionId, position }));
  input.dataSubjectCategoryIds.forEach((categoryId, position) => rows.activity_data_subject.push({ activity_id: id, data_subject_category_id: categoryId, position }));
  input.dataCategories.forEach((row, position) =>
    rows.activity_data_category.push({ activity_id: id, data_category_id: row.dataCategoryId, retention_rule_id: row.retentionRuleId, position, notes: row.notes }),
  );
  input.sourceTypes.forEach((sourceType, position) => rows.activity_source.push({ activity_id: id, source_type: sourceType, position }));
  input.namedSources.forEach((row, position) =>
    rows.activity_named_source.push({ activity_id: id, position, source_type: row.sourceType, name: row.name, data_category_id: row.dataCategoryId }),
  );
  input.recipients.forEach((row, position) =>
    rows.activity_recipient.push({ activity_id: id, recipient_category_id: row.recipientCategoryId, position, notes: row.notes }),
  );
  input.processors.forEach((row, position) => rows.activity_processor.push({ activity_id: id, processor_id: row.processorId, position, notes: row.notes }));
  input.transfers.forEach((row, position) =>
    rows.activity_transfer.push({
      id: row.id ?? newId(ctx),
      activity_id: id,
      position,
      country_id: row.countryId,
      processor_id: row.processorId,
      transfer_mechanism_id: row.transferMechanismId,
      safeguard_documents: row.safeguardDocuments,
      derogation_justification: row.derogationJustification,
      notes: row.notes,
    }),
  );
  input.securityMeasureIds.forEach((measureId, position) => rows.activity_security_measure.push({ activity_id: id, security_measure_id: measureId, position }));
  input.dpiaCriteria.forEach((criterion, position) => rows.activity_dpia_criterion.push({ activity_id: id, criterion, position }));
  input.controllers.forEach((row, position) =>
    rows.activity_controller.push({
      id: row.id ?? newId(ctx),
      activity_id: id,
      position,
      name: row.name,
      reg_no: row.regNo,
      contact: row.contact,
      representative: row.representative,
      dpo_contact: row.dpoContact,
      processing_categories: row.processingCategories,
      contract_reference: row.contractReference,
    }),
  );
}

export async function insertChildRows(trx: Kysely<DB>, rows: ChildRows): Promise<void> {
  for (const table of INSERT_ORDER) await insertRows(trx, table, rows[table]);
}

/** Writes the link rows of an activity (after removing the old ones). */
export async function writeChildren(trx: Kysely<DB>, id: string, input: ActivityFields, ctx: WriteContext): Promise<void> {
  await removeChildren(trx, id);
  const rows = emptyChildRows();
  collectChildRows(rows, id, input, ctx);
  await insertChildRows(trx, rows);
}

/**
 * The child tables that hold the activity's id (every one but the purposes'
 * legal bases, which go with their purpose by ON DELETE CASCADE).
 */
const CHILD_TABLES = INSERT_ORDER.filter((table): table is Exclude<ChildTable, 'activity_purpose_legal_basis'> => table !== 'activity_purpose_legal_basis');

async function removeChildren(trx: Kysely<DB>, id: string): Promise<void> {
  for (const table of CHILD_TABLES) {
    await trx.executeQuery(compiledOnce(trx, `delete ${table}`, () => trx.deleteFrom(table).where('activity_id', '=', id), [id]));
  }
}
