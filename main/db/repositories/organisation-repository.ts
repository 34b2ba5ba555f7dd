/** Organisations: the controllers (and processors) whose register this is. */
import type { Kysely } from 'kysely';
import { ORGANISATION_ROLES, type Organisation, type OrganisationRole } from '../../../shared/domain/organisation.ts';
import { AppError } from '../../errors.ts';
import type { DB } from '../schema.ts';
import { recordColumns } from './record-columns.ts';
import { deleteRecord, insertRecords, recordReader, saveRecord, type RecordTable, type SaveInput } from './record-table.ts';
import type { WriteContext } from './write-context.ts';

/** An organisation's fields; roles may be left out (an organisation from before issue 15: none recorded). */
type OrganisationFields = Omit<Organisation, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'roles'> & Partial<Pick<Organisation, 'roles'>>;

/** Roles are stored as a JSON array; anything unreadable reads as none (the schema refuses such input on the way in). */
function rolesFromColumn(text: unknown): OrganisationRole[] {
  try {
    const parsed: unknown = JSON.parse(text as string);
    return Array.isArray(parsed) ? parsed.filter((role): role is OrganisationRole => (ORGANISATION_ROLES as readonly unknown[]).includes(role)) : [];
  } catch {
    return [];
  }
}

const columns = recordColumns<Organisation>({
  name: 'as-is',
  roles: { toColumn: (roles) => JSON.stringify(roles ?? []), fromColumn: rolesFromColumn },
  regNo: 'as-is',
  address: 'as-is',
  email: 'as-is',
  phone: 'as-is',
  website: 'as-is',
  contactPerson: 'as-is',
  dpoName: 'as-is',
  dpoEmail: 'as-is',
  dpoPhone: 'as-is',
  representativeName: 'as-is',
  representativeContact: 'as-is',
  notes: 'as-is',
  largeScaleThreshold: 'as-is',
});

const reader = recordReader('organisation', columns);

/** All organisations, by name. */
export const listOrganisations = reader.list;
/** The organisation, or undefined when there is none. */
export const findOrganisation = reader.find;
/** The organisation (NOT_FOUND when there is none). */
export const getOrganisation = reader.get;

const organisationTable: RecordTable<Organisation, OrganisationFields> = {
  table: 'organisation',
  entityType: 'organisation',
  toColumns: columns.toColumns,
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
