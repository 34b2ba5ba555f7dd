/**
 * The fields Art. 30 itself requires (marked L in art30-fields.md), per kind
 * of record, and the completeness figure built from them.
 *
 * Controller record, Art. 30(1): purposes (b); categories of data subjects
 * and of personal data (c); categories of recipients (d); time limits for
 * erasure (f); a general description of the security measures (g). The
 * controller's own name, contacts and DPO (a) belong to the organisation and
 * are checked there once (organisation.ts); transfers (e) are checked per
 * transfer (transfers.ts).
 *
 * Processor record, Art. 30(2): each controller acted for, with contact
 * details (a); the categories of processing carried out for each (b); the
 * security measures (d). A processor record does not need purposes, legal
 * bases, data subjects or retention: those are the controller's to record.
 */
import type { Activity } from '../domain/activity.ts';
import type { RegisterDocument } from '../domain/register.ts';
import { filled } from './context.ts';
import { defineRule, type ParamValue } from './types.ts';

/** One mandatory item of a record, and the fields to report when it is not filled. */
export interface MandatoryItem {
  /** The Art. 30 point, e.g. 'Art. 30(1)(c)'. */
  article: string;
  filled: boolean;
  /** Each empty field with its label; empty when filled or when another rule reports it. */
  missing: Array<{ field: string; label: ParamValue }>;
}

const label = (key: string, params?: Record<string, string>): ParamValue => (params ? { t: key, params } : { t: key });

function item(article: string, isFilled: boolean, field: string, labelKey: string): MandatoryItem {
  return { article, filled: isFilled, missing: isFilled ? [] : [{ field, label: label(labelKey) }] };
}

/** The ids of a register's retention rules, made once per register document (not once per activity). */
const ruleIdsOf = new WeakMap<RegisterDocument, Set<string>>();
function retentionRuleIds(document: RegisterDocument): Set<string> {
  let ids = ruleIdsOf.get(document);
  if (!ids) ruleIdsOf.set(document, (ids = new Set(document.retentionRules.map((r) => r.id))));
  return ids;
}

function controllerItems(activity: Activity, document: RegisterDocument): MandatoryItem[] {
  const rules = retentionRuleIds(document);
  const everyCategoryHasRule =
    activity.dataCategories.length > 0 &&
    activity.dataCategories.every((row) => row.retentionRuleId !== null && rules.has(row.retentionRuleId));
  return [
    item('Art. 30(1)(b)', activity.purposes.length > 0, 'purposes', 'fields:activity.purposes'),
    item('Art. 30(1)(c)', activity.dataSubjectCategoryIds.length > 0, 'dataSubjectCategoryIds', 'fields:activity.dataSubjectCategoryIds'),
    item('Art. 30(1)(c)', activity.dataCategories.length > 0, 'dataCategories', 'fields:activity.dataCategories'),
    // "No recipients" is an answer (issue 15); an empty list without it is not.
    item('Art. 30(1)(d)', activity.recipients.length > 0 || activity.processors.length > 0 || activity.recipientsNone, 'recipients', 'fields:activity.recipients'),
    // Counted here; reported per data category by retention.missing.
    { article: 'Art. 30(1)(f)', filled: everyCategoryHasRule, missing: [] },
    item(
      'Art. 30(1)(g)',
      activity.securityMeasureIds.length > 0 || filled(activity.securityNotes),
      'securityMeasureIds',
      'fields:activity.securityMeasureIds',
    ),
  ];
}

function processorItems(activity: Activity): MandatoryItem[] {
  const controllers = activity.controllers;
  const some = controllers.length > 0;
  const without = (pick: (c: Activity['controllers'][number]) => string, field: string, key: string) =>
    controllers.flatMap((controller, index) =>
      filled(pick(controller)) ? [] : [{ field: `controllers.${index}.${field}`, label: label(key, { controller: controller.name }) }],
    );
  const contacts = without((c) => c.contact, 'contact', 'checks:field.controllerContact');
  const categories = without((c) => c.processingCategories, 'processingCategories', 'checks:field.controllerCategories');
  return [
    item('Art. 30(2)(a)', some, 'controllers', 'fields:activity.controllers'),
    { article: 'Art. 30(2)(a)', filled: some && contacts.length === 0, missing: contacts },
    { article: 'Art. 30(2)(b)', filled: some && categories.length === 0, missing: categories },
    item(
      'Art. 30(2)(d)',
      activity.securityMeasureIds.length > 0 || filled(activity.securityNotes),
      'securityMeasureIds',
      'fields:activity.securityMeasureIds',
    ),
  ];
}

/** The mandatory Art. 30 items of an activity, for its kind. */
export function mandatoryItems(activity: Activity, document: RegisterDocument): MandatoryItem[] {
  return activity.kind === 'controller' ? controllerItems(activity, document) : processorItems(activity);
}

/**
 * How complete an activity's record is: the share (0–100, whole percent) of
 * the mandatory Art. 30 items for its kind that are filled. It counts the
 * record's own fields only; the controller's contacts and DPO are the
 * organisation's and are reported on it.
 */
export function completeness(activity: Activity, document: RegisterDocument): number {
  return Math.round(100 * completenessRatio(activity, document));
}

/** The same share as a fraction (0–1), unrounded, for averages. */
export function completenessRatio(activity: Activity, document: RegisterDocument): number {
  const items = mandatoryItems(activity, document);
  return items.filter((i) => i.filled).length / items.length;
}

/**
 * A mandatory field of a controller record is empty. Error: Art. 30(1)
 * requires it, and an authority reading the register sees the gap first.
 */
export const controllerRecordRule = defineRule(
  { id: 'mandatory.controller-record', severity: 'error', article: 'Art. 30(1)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((activity) =>
      mandatoryItems(activity, context.document).flatMap((entry) =>
        entry.missing.map(({ field, label: fieldLabel }) =>
          context.activityFinding(rule, activity, field, { field: fieldLabel, point: { article: entry.article } }),
        ),
      ),
    );
  },
);

/** A mandatory field of a processor record (Art. 30(2)) is empty. Error, as for a controller record. */
export const processorRecordRule = defineRule(
  { id: 'mandatory.processor-record', severity: 'error', article: 'Art. 30(2)', scope: 'activity' },
  (context, rule) => {
    return context.current
      .filter((a) => a.kind === 'processor')
      .flatMap((activity) =>
        mandatoryItems(activity, context.document).flatMap((entry) =>
          entry.missing.map(({ field, label: fieldLabel }) =>
            context.activityFinding(rule, activity, field, { field: fieldLabel, point: { article: entry.article } }),
          ),
        ),
      );
  },
);

export const mandatoryFieldRules = [controllerRecordRule, processorRecordRule] as const;
