/**
 * Channels for the records activities link to: organisations, processors,
 * retention rules and catalogue entries. Deleting one that is in use needs a
 * decision (`onLinked`): refuse (the default, answering IN_USE with the
 * activities), unlink, or move the links to a replacement.
 */
import { z } from 'zod';
import { CatalogueName, Catalogues, catalogueInputs, type CatalogueName as CatalogueNameType } from '../domain/catalogues.ts';
import { Organisation, OrganisationInput } from '../domain/organisation.ts';
import { Processor, ProcessorInput } from '../domain/processor.ts';
import { RetentionRule, RetentionRuleInput } from '../domain/retention.ts';
import { Id, REVISION_REQUIRED, RevisionRead, Revisioned, RevisionedSave, updateNamesRevision } from '../domain/primitives.ts';
import { channel } from './define.ts';


export const DeleteRequest = z
  .object({
    id: Id,
    /** The revision read: a stale one is a CONFLICT naming who changed the record, none a VALIDATION error. */
    revision: RevisionRead,
    onLinked: z.enum(['refuse', 'unlink', 'replace']).default('refuse'),
    replacementId: Id.optional(),
  })
  .strict()
  .refine((r) => r.onLinked !== 'replace' || (r.replacementId !== undefined && r.replacementId !== r.id), {
    message: 'validation.required',
    path: ['replacementId'],
  });
export type DeleteRequest = z.input<typeof DeleteRequest>;

const UsedByRow = z.object({ id: z.string(), number: z.string(), name: z.string() });
export const Usage = z.object({
  activities: z.array(UsedByRow),
  processors: z.array(UsedByRow),
  retentionRules: z.array(UsedByRow),
});
export type Usage = z.infer<typeof Usage>;

export const DeleteResult = z.object({ deleted: z.literal(true), relinked: z.number().int() });

const WithUsage = { usedBy: z.number().int() };

const catalogueSave = <N extends CatalogueNameType>(name: N) =>
  z.object({ catalogue: z.literal(name), entry: catalogueInputs[name].and(RevisionedSave) });

export const CatalogueSaveRequest = z.discriminatedUnion('catalogue', [
  catalogueSave('dataCategories'),
  catalogueSave('dataSubjectCategories'),
  catalogueSave('recipientCategories'),
  catalogueSave('legalBases'),
  catalogueSave('art9Conditions'),
  catalogueSave('countries'),
  catalogueSave('transferMechanisms'),
  catalogueSave('securityMeasures'),
]);
export type CatalogueSaveRequest = z.input<typeof CatalogueSaveRequest>;

export const recordsContract = {
  'organisations:list': channel(z.object({}).strict(), z.array(Organisation.extend(WithUsage))),
  /** Creates (no id) or updates (id + revision) an organisation. */
  'organisations:save': channel(OrganisationInput.extend(Revisioned).refine(updateNamesRevision, REVISION_REQUIRED), Organisation),
  /** Deletes an organisation no activity belongs to ('replace' moves its activities to another). */
  'organisations:delete': channel(DeleteRequest, DeleteResult),

  'processors:list': channel(z.object({}).strict(), z.array(Processor.extend(WithUsage))),
  'processors:get': channel(z.object({ id: Id }).strict(), Processor),
  'processors:save': channel(ProcessorInput.and(RevisionedSave), Processor),
  'processors:usage': channel(z.object({ id: Id }).strict(), Usage),
  'processors:delete': channel(DeleteRequest, DeleteResult),

  'retentionRules:list': channel(z.object({}).strict(), z.array(RetentionRule.extend(WithUsage))),
  'retentionRules:save': channel(RetentionRuleInput.and(RevisionedSave), RetentionRule),
  'retentionRules:usage': channel(z.object({ id: Id }).strict(), Usage),
  'retentionRules:delete': channel(DeleteRequest, DeleteResult),

  /** Every catalogue at once (a few hundred entries), with usage counts per entry. */
  'catalogues:list': channel(
    z.object({}).strict(),
    z.object({ catalogues: Catalogues, usage: z.record(z.string(), z.record(z.string(), z.number().int())) }),
  ),
  /** Adds (no id) or edits a catalogue entry. Built-in entries can be renamed. */
  'catalogues:save': channel(CatalogueSaveRequest, z.record(z.string(), z.unknown())),
  'catalogues:usage': channel(z.object({ catalogue: CatalogueName, id: Id }).strict(), Usage),
  /** Deletes a user-added entry; built-in entries cannot be deleted (IN_USE_BUILTIN). */
  'catalogues:delete': channel(
    z.object({ catalogue: CatalogueName }).extend({ request: DeleteRequest }).strict(),
    DeleteResult,
  ),
};
