/**
 * The figures of the report's summary, computed from the register: counts,
 * the Art. 6(1) legal bases in use, special-category and criminal-offence
 * data, and transfers by destination. Pure: the register in, figures out.
 */
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus } from '../../shared/domain/activity.ts';
import { withEffectiveBases } from '../../shared/domain/legal-basis-inheritance.ts';
import { GDPR_POINTS, type GdprPoint } from '../../shared/domain/catalogues.ts';
import { art9ConditionName, type ReportIndex } from './report-index.ts';

export interface LegalBasisUse {
  point: GdprPoint;
  /** Names of the catalogue's bases under this point that are used. */
  names: string[];
  /** How many purposes rely on it. */
  purposes: number;
  activities: Activity[];
}

export interface CategoryUse {
  id: string;
  name: string;
  kind: 'special' | 'criminal';
  activities: Activity[];
}

export interface ConditionUse {
  id: string;
  name: string;
  activities: Activity[];
}

export interface CountryUse {
  id: string;
  name: string;
  /** EU/EEA destination: no Chapter V transfer. */
  eea: boolean;
  transfers: number;
  /** Names of the mechanisms the transfers rely on; a missing one is counted in `withoutMechanism`. */
  mechanisms: string[];
  withoutMechanism: number;
  activities: Activity[];
}

export interface RegisterSummary {
  organisations: number;
  activities: number;
  controllerRecords: number;
  processorRecords: number;
  byStatus: Record<ActivityStatus, number>;
  withSpecial: number;
  withCriminal: number;
  /** Activities with a transfer to a destination outside the EU/EEA. */
  withTransfers: number;
  processors: number;
  retentionRules: number;
  legalBases: LegalBasisUse[];
  specialCategories: CategoryUse[];
  art9Conditions: ConditionUse[];
  transfersByCountry: CountryUse[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function summariseRegister(index: ReportIndex): RegisterSummary {
  const { activities } = index;
  const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  let withSpecial = 0;
  let withCriminal = 0;
  let withTransfers = 0;

  const pointActivities = new Map<string, Activity[]>();
  const pointNames = new Map<string, string[]>();
  const pointPurposes = new Map<string, number>();
  const categoryActivities = new Map<string, Activity[]>();
  const conditionActivities = new Map<string, Activity[]>();
  const countryActivities = new Map<string, Activity[]>();
  const countryTransfers = new Map<string, { transfers: number; mechanisms: string[]; withoutMechanism: number }>();

  for (const activity of activities) {
    byStatus[activity.status] += 1;
    const kinds = new Set(activity.dataCategories.map((row) => index.entry('dataCategories', row.dataCategoryId)?.kind ?? 'ordinary'));
    if (kinds.has('special')) withSpecial += 1;
    if (kinds.has('criminal')) withCriminal += 1;
    if (activity.transfers.some((transfer) => index.entry('countries', transfer.countryId)?.eea === false)) withTransfers += 1;

    // Each purpose counts under the basis it rests on, its own or the activity's it inherits.
    for (const purpose of withEffectiveBases(activity).purposes) {
      const points = new Set<string>();
      for (const id of purpose.legalBasisIds) {
        const basis = index.entry('legalBases', id);
        if (!basis) continue;
        points.add(basis.gdprPoint);
        push(pointActivities, basis.gdprPoint, activity);
        push(pointNames, basis.gdprPoint, index.name('legalBases', id));
      }
      for (const point of points) pointPurposes.set(point, (pointPurposes.get(point) ?? 0) + 1);
    }
    for (const row of activity.dataCategories) {
      const kind = index.entry('dataCategories', row.dataCategoryId)?.kind;
      if (kind === 'special' || kind === 'criminal') push(categoryActivities, row.dataCategoryId, activity);
    }
    for (const id of activity.art9ConditionIds) push(conditionActivities, id, activity);
    for (const transfer of activity.transfers) {
      push(countryActivities, transfer.countryId, activity);
      const entry = countryTransfers.get(transfer.countryId) ?? { transfers: 0, mechanisms: [], withoutMechanism: 0 };
      entry.transfers += 1;
      if (transfer.transferMechanismId === null) entry.withoutMechanism += 1;
      else {
        const name = index.name('transferMechanisms', transfer.transferMechanismId);
        if (!entry.mechanisms.includes(name)) entry.mechanisms.push(name);
      }
      countryTransfers.set(transfer.countryId, entry);
    }
  }

  const compare = (a: string, b: string) => a.localeCompare(b, index.lang, { sensitivity: 'base', numeric: true });
  return {
    organisations: index.organisations.length,
    activities: activities.length,
    controllerRecords: activities.filter((a) => a.kind === 'controller').length,
    processorRecords: activities.filter((a) => a.kind === 'processor').length,
    byStatus,
    withSpecial,
    withCriminal,
    withTransfers,
    processors: index.processors.length,
    retentionRules: index.retentionRules.length,
    legalBases: GDPR_POINTS.filter((point) => pointActivities.has(point)).map((point) => ({
      point,
      names: pointNames.get(point) ?? [],
      purposes: pointPurposes.get(point) ?? 0,
      activities: pointActivities.get(point) ?? [],
    })),
    specialCategories: [...categoryActivities.entries()]
      .map(([id, list]) => ({
        id,
        name: index.name('dataCategories', id),
        kind: index.entry('dataCategories', id)?.kind as 'special' | 'criminal',
        activities: list,
      }))
      .sort((a, b) => (a.kind === b.kind ? compare(a.name, b.name) : a.kind === 'special' ? -1 : 1)),
    art9Conditions: [...conditionActivities.entries()]
      .map(([id, list]) => ({ id, name: art9ConditionName(index, id), activities: list }))
      .sort((a, b) => compare(a.name, b.name)),
    transfersByCountry: [...countryActivities.entries()]
      .map(([id, list]) => {
        const figures = countryTransfers.get(id) ?? { transfers: 0, mechanisms: [], withoutMechanism: 0 };
        return { id, name: index.name('countries', id), eea: index.entry('countries', id)?.eea ?? false, ...figures, activities: list };
      })
      .sort((a, b) => compare(a.name, b.name)),
  };
}
