/** Organisations: the controllers (and processors) whose register this is. */
import type { Kysely, Selectable } from 'kysely';
import { ORGANISATION_ROLES, type Organisation, type OrganisationRole } from '../../../shared/domain/organisation.ts';
import { AppError } from '../../errors.ts';
import type { DB, OrganisationTable } from '../schema.ts';
import { deleteRecord, insertRecords, saveRecord, type RecordTable, type SaveInput } from './record-table.ts';
import type { WriteContext } from './write-context.ts';

/** An organisation's fields; roles may be left out (an organisation from before issue 15: none recorded). */
type OrganisationFields = Omit<Organisation, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'roles'> & Partial<Pick<Organisation, 'roles'>>;

/** Roles are stored as a JSON array; anything unreadable reads as none (the schema refuses such input on the way in). */
function rolesFromColumn(text: string): OrganisationRole[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((role): role is OrganisationRole => (ORGANISATION_ROLES as readonly unknown[]).includes(role)) : [];
  } catch {
    return [];
  }
}

function fromRow(row: Selectable<OrganisationTable>): Organisation {
  return {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    name: row.name,
    roles: rolesFromColumn(row.roles),
    regNo: row.reg_no,
    address: row.address,
    email: row.email,
    phone: row.phone,
    website: row.website,
    contactPerson: row.contact_person,
    dpoName: row.dpo_name,
    dpoEmail: row.dpo_email,
    dpoPhone: row.dpo_phone,
    representativeName: row.representative_name,
    representativeContact: row.representative_contact,
    notes: row.notes,
    largeScaleThreshold: row.large_scale_threshold,
  };
}

function toColumns(input: OrganisationFields) {
  return {
    name: input.name,
    roles: JSON.stringify(input.roles ?? []),
    reg_no: input.regNo,
    address: input.address,
    email: input.email,
    phone: input.phone,
    website: input.website,
    contact_person: input.contactPerson,
    dpo_name: input.dpoName,
    dpo_email: input.dpoEmail,
    dpo_phone: input.dpoPhone,
    representative_name: input.representativeName,
    representative_contact: input.representativeContact,
    notes: input.notes,
    large_scale_threshold: input.largeScaleThreshold,
  };
}

export async function listOrganisations(db: Kysely<DB>): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisation').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findOrganisation(db: Kysely<DB>, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function getOrganisation(db: Kysely<DB>, id: string): Promise<Organisation> {
  const found = await findOrganisation(db, id);
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}

const organisationTable: RecordTable<Organisation, OrganisationFields> = {
  table: 'organisation',
  entityType: 'organisation',
  toColumns,
  get: getOrganisation,
  label: (organisation) => organisation.name,
};

/** Creates (no id) or updates (id and the revision that was loaded) an organisation. */
export const saveOrganisation = (trx: Kysely<DB>, input: SaveInput<OrganisationFields>, ctx: WriteContext): Promise<Organisation> => saveRecord(trx, organisationTable, input, ctx);

/** Inserts organisations exactly as given (import): ids, revisions and times kept. */
export const insertOrganisationRecords = (trx: Kysely<DB>, records: readonly Organisation[], at: string): Promise<void> => insertRecords(trx, organisationTable, records, at);

/** Deletes an organisation that no activity belongs to. */
export async function deleteOrganisation(trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> {
  const before = await getOrganisation(trx, id);
  const activities = await trx
    .selectFrom('activity')
    .select(['id', 'number', 'name'])
    .where('organisation_id', '=', id)
    .orderBy('number')
    .execute();
  if (activities.length > 0) {
    throw new AppError(
      'IN_USE',
      { label: before.name, count: activities.length, activities: activities.slice(0, 5).map((a) => `${a.number} ${a.name}`).join('; ') },
      { usedBy: activities },
    );
  }
  await deleteRecord(trx, organisationTable, id, ctx);
}
