/**
 * Special categories (Art. 9) and criminal-offence data (Art. 10): processing
 * them is prohibited unless a specific condition applies, on top of an
 * Art. 6 basis. Only controller records: the condition is the controller's.
 */
import type { Activity } from '../domain/activity.ts';
import type { DataCategoryKind } from '../domain/catalogues.ts';
import { filled, nameParam, type CheckContext } from './context.ts';
import { defineRule, type ScalarParam } from './types.ts';

/** The activity's data categories of one kind, as message parameters. */
function categoriesOfKind(context: CheckContext, activity: Activity, kind: DataCategoryKind): ScalarParam[] {
  return activity.dataCategories.flatMap((row) => {
    const category = context.dataCategories.get(row.dataCategoryId);
    return category?.kind === kind ? [nameParam(category, row.dataCategoryId)] : [];
  });
}

/**
 * Special-category data (health, biometric...) without an Art. 9(2)
 * condition. Error: without one, Art. 9(1) prohibits the processing.
 */
export const art9ConditionRule = defineRule(
  { id: 'special-data.no-art9-condition', severity: 'error', article: 'Art. 9(2)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((activity) => {
      const categories = categoriesOfKind(context, activity, 'special');
      if (categories.length === 0 || activity.art9ConditionIds.length > 0) return [];
      return [context.activityFinding(rule, activity, 'art9ConditionIds', { categories })];
    });
  },
);

/**
 * Criminal-offence data without the law that authorises it. Error: Art. 10
 * allows it only under official authority or where Union or Member State law
 * authorises it (in Latvia e.g. the checks some laws require of employees).
 */
export const art10BasisRule = defineRule({ id: 'criminal-data.no-art10-basis', severity: 'error', article: 'Art. 10', scope: 'activity' }, (context, rule) => {
  return context.controllerRecords.flatMap((activity) => {
    const categories = categoriesOfKind(context, activity, 'criminal');
    if (categories.length === 0 || filled(activity.art10Basis)) return [];
    return [context.activityFinding(rule, activity, 'art10Basis', { categories })];
  });
});

export const specialDataRules = [art9ConditionRule, art10BasisRule] as const;
