/**
 * Recipients named only as categories ("Apstrādātāji (pakalpojumu
 * sniedzēji)", "Kurjeri"): Art. 30(1)(d) asks for no more, so this is
 * information, not a gap. But a category hides who actually holds the data,
 * and whether each processor among them works under an Art. 28 contract; a
 * DPO starting a register often stops at the categories. The finding
 * suggests naming them when some category is outside the organisation
 * (type `processor` or `external`) and the activity names no processor;
 * internal recipients and public authorities have no contract to name.
 */
import type { Activity } from '../domain/activity.ts';
import type { CheckContext } from './context.ts';
import { defineRule } from './types.ts';

const OUTSIDE: ReadonlySet<string> = new Set(['processor', 'external']);

function namesOnlyCategories(context: CheckContext, activity: Activity): boolean {
  const outside = activity.recipients.some((link) => OUTSIDE.has(context.document.catalogues.recipientCategories.find((c) => c.id === link.recipientCategoryId)?.type ?? ''));
  return outside && activity.processors.length === 0 && activity.transfers.every((transfer) => transfer.processorId === null);
}

export const recipientsOnlyCategoriesRule = defineRule(
  { id: 'recipient.only-categories', severity: 'info', article: 'Art. 28(3)', scope: 'activity' },
  (context, rule) =>
    context.controllerRecords
      .filter((activity) => namesOnlyCategories(context, activity))
      .map((activity) => context.activityFinding(rule, activity, 'processors', { count: activity.recipients.length })),
);

export const recipientRules = [recipientsOnlyCategoriesRule] as const;
