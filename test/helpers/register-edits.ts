/**
 * Every kind of change a DPO can make to a register through the app's
 * channels, each choosing its record and variant from two numbers: the
 * checks after a save are compared with all rules after each
 * (test/rules/incremental-checks.test.ts, test/rules/incremental-report.test.ts).
 */
import { join } from 'node:path';
import type { AppContext } from '../../main/services/app-context.ts';
import { collator } from '../../shared/format.ts';
import { invoke, value } from './app.ts';
import { breachInput, requestInput } from './dpo-records.ts';
import { tempDir } from './temp.ts';

const TODAY = '2026-11-21';

/** What an edit needs: the app, its dialogs (a file to export to and import from), an organisation to add records to. */
export interface Demo {
  app: AppContext;
  dialogs: { answer: (file: string | null) => void };
  organisationId: string;
}
/** One kind of change: `pick` chooses the record, `variant` what is changed in it. */
export type Edit = (demo: Demo, pick: number, variant: number) => Promise<unknown>;

const choose = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(items.length, 1)];

const editActivity: Edit = async ({ app, organisationId }, pick, variant) => {
  const row = choose(await value(app, 'activities:list', {}), pick);
  if (!row) return;
  const activity = await value(app, 'activities:get', { id: row.id });
  const organisations = await value(app, 'organisations:list', {});
  const other = organisations.find((o) => o.id !== activity.organisationId)?.id ?? organisationId;
  const changes = [
    { purposes: [] },
    { status: activity.status === 'ended' ? 'active' : 'ended', endedOn: activity.status === 'ended' ? null : TODAY },
    { art9ConditionIds: [] },
    { jointControllerArrangement: '' },
    { lastReviewedOn: null, nextReviewOn: null },
    { organisationId: other },
    { processors: [], processorsNone: true, transfers: [], transfersNone: true },
    { name: `${activity.name} (labots)`, number: `${activity.number}X` },
    { dataCategories: activity.dataCategories.map((row) => ({ ...row, retentionRuleId: null })) },
  ];
  return invoke(app, 'activities:save', { ...activity, ...(choose(changes, variant) as object) } as never);
};

const deleteActivity: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'activities:list', {}), pick);
  if (!row) return;
  const { revision } = await value(app, 'activities:get', { id: row.id });
  return invoke(app, 'activities:delete', { id: row.id, revision });
};

const editProcessor: Edit = async ({ app }, pick, variant) => {
  const row = choose(await value(app, 'processors:list', {}), pick);
  if (!row) return;
  const processor = await value(app, 'processors:get', { id: row.id });
  const changes = [
    { contractReference: '', contractDate: null },
    { role: processor.role === 'joint_controller' ? 'processor' : 'joint_controller' },
    { countryId: 'US', transferMechanismId: null, regNo: '' },
    { contractExpiry: '2026-12-01' },
    { name: `${processor.name} AS` },
  ];
  return invoke(app, 'processors:save', { ...processor, ...(choose(changes, variant) as object) } as never);
};

const deleteProcessor: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'processors:list', {}), pick);
  return row && invoke(app, 'processors:delete', { id: row.id, revision: row.revision, onLinked: 'unlink' });
};

const editRetentionRule: Edit = async ({ app }, pick, variant) => {
  const rule = choose(await value(app, 'retentionRules:list', {}), pick);
  if (!rule) return;
  const changes = [
    { startEvent: '' },
    { periodValue: null, periodUnit: null, criterion: 'Kamēr tas ir nepieciešams', legalSource: '' },
    { name: `${rule.name} (precizēts)` },
  ];
  const { usedBy: _usedBy, ...saved } = rule;
  return invoke(app, 'retentionRules:save', { ...saved, ...(choose(changes, variant) as object) } as never);
};

const deleteRetentionRule: Edit = async ({ app }, pick) => {
  const rule = choose(await value(app, 'retentionRules:list', {}), pick);
  return rule && invoke(app, 'retentionRules:delete', { id: rule.id, revision: rule.revision, onLinked: 'unlink' });
};

const editOrganisation: Edit = async ({ app }, pick, variant) => {
  const organisation = choose(await value(app, 'organisations:list', {}), pick);
  if (!organisation) return;
  const changes = [{ dpoName: '', dpoEmail: '', dpoPhone: '' }, { address: '', email: '', phone: '' }, { largeScaleThreshold: 10 }, { name: `Ā ${organisation.name}` }];
  const { usedBy: _usedBy, ...saved } = organisation;
  return invoke(app, 'organisations:save', { ...saved, ...(choose(changes, variant) as object) } as never);
};

/** Renames the organisation whose name sorts last so that it sorts first: its activities' findings move ahead of the others'. */
const renameOrganisation: Edit = async ({ app }) => {
  const organisations = await value(app, 'organisations:list', {});
  const last = [...organisations].sort((x, y) => collator('lv').compare(y.name, x.name))[0];
  if (!last) return;
  const { usedBy: _usedBy, ...saved } = last;
  return invoke(app, 'organisations:save', { ...saved, name: `Ā ${last.name}` } as never);
};

const editCatalogue: Edit = async ({ app }, pick, variant) => {
  const { catalogues } = await value(app, 'catalogues:list', {});
  const entry = choose(catalogues.dataCategories, pick);
  if (!entry) return;
  const kind = choose(['special', 'ordinary', 'criminal'] as const, variant);
  return invoke(app, 'catalogues:save', { catalogue: 'dataCategories', entry: { ...entry, kind } } as never);
};

const editBreach: Edit = async ({ app }, pick, variant) => {
  const row = choose(await value(app, 'breaches:list', {}), pick);
  if (!row) return;
  const breach = await value(app, 'breaches:get', { id: row.id });
  const changes = [{ risk: 'high_risk', subjectsInformedOn: null, subjectsDecision: 'undecided' }, { dviDecision: 'undecided', dviNotifiedAt: null }, { delayReasons: '' }];
  return invoke(app, 'breaches:save', { ...breach, ...(choose(changes, variant) as object) } as never);
};

const addBreach: Edit = async ({ app, organisationId }, pick, variant) => {
  const overrides = [{}, { dviDecision: 'undecided' as const }, { risk: 'high_risk' as const, subjectsDecision: 'undecided' as const }];
  const activity = choose(await value(app, 'activities:list', {}), pick);
  const activityIds = activity ? [activity.id] : [];
  return invoke(app, 'breaches:save', breachInput(organisationId, { number: `IN-${pick}-${variant}`, activityIds, ...choose(overrides, variant) }));
};

const deleteBreach: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'breaches:list', {}), pick);
  return row && invoke(app, 'breaches:delete', { id: row.id, revision: row.revision });
};

const editRequest: Edit = async ({ app }, pick, variant) => {
  const row = choose(await value(app, 'requests:list', {}), pick);
  if (!row) return;
  const request = await value(app, 'requests:get', { id: row.id });
  const changes = [{ extensionMonths: 1, extensionNotifiedOn: null }, { outcome: 'refused', refusalReason: '', complaintNoticeGiven: false }, { respondedOn: null, status: 'open' }];
  return invoke(app, 'requests:save', { ...request, ...(choose(changes, variant) as object) } as never);
};

const addRequest: Edit = async ({ app, organisationId }, pick, variant) => {
  const overrides = [{}, { receivedOn: '2026-09-01' }, { receivedOn: '2026-10-25' }, { extensionMonths: 1, extensionNotifiedOn: null }];
  return invoke(app, 'requests:save', requestInput(organisationId, { number: `DSP-${pick}-${variant}`, ...choose(overrides, variant) }));
};

const deleteRequest: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'requests:list', {}), pick);
  return row && invoke(app, 'requests:delete', { id: row.id, revision: row.revision });
};

/** Exports the register and imports the file back over it (every record replaced: a catch-up of many changes). */
const importJson: Edit = async ({ app, dialogs }, pick) => {
  const file = join(tempDir(), `export-${pick}.json`);
  dialogs.answer(file);
  await value(app, 'export:json', {});
  dialogs.answer(file);
  return invoke(app, 'import:json', { replace: true });
};

/** Undoes a change: restores a record as it was before one of the recent history entries. */
const restoreVersion: Edit = async ({ app }, pick, variant) => {
  const entries = await value(app, 'history:list', {});
  const entry = choose(entries.slice(0, 20), pick);
  return entry && invoke(app, 'versions:restore', { seq: entry.seq, state: variant % 2 === 0 ? 'before' : 'after' });
};

export const EDITS: Record<string, Edit> = {
  editActivity,
  deleteActivity,
  editProcessor,
  deleteProcessor,
  editRetentionRule,
  deleteRetentionRule,
  editOrganisation,
  renameOrganisation,
  editCatalogue,
  addBreach,
  editBreach,
  deleteBreach,
  addRequest,
  editRequest,
  deleteRequest,
  importJson,
  restoreVersion,
};

