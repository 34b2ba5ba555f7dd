/**
 * Transfers to third countries and international organisations (Chapter V),
 * as recorded on each activity (controller and processor records alike:
 * Chapter V binds both).
 *
 * How a transfer is judged, by its destination and mechanism:
 * - an EU/EEA destination is not a transfer at all;
 * - an Art. 46 mechanism (SCC, BCR...) is a valid ground anywhere; the
 *   register should say where the safeguards are documented;
 * - an Art. 49 derogation is a valid ground only with its justification
 *   recorded (derogations are exceptions, read restrictively; for
 *   compelling legitimate interests Art. 30(1)(e) and 49(6) demand it);
 * - otherwise (an Art. 45 mechanism or none) the destination's adequacy
 *   decides: 'adequate' is enough; 'none' means there is no ground;
 *   'partial' (the US: DPF-certified organisations only; Canada: commercial
 *   organisations) covers the recipient only when that is recorded: relying
 *   on the DPF needs the recipient's DPF certification (processor.dpfCertified);
 *   relying on the decision otherwise needs the recipient to be certified or
 *   the reason it is covered written in the safeguards documentation.
 */
import type { Transfer } from '../domain/activity.ts';
import { filled, nameParam, type CheckContext } from './context.ts';
import { defineRule, type Finding, type RuleMeta, type ScalarParam } from './types.ts';

/** The built-in EU–US Data Privacy Framework mechanism (Decision 2023/1795). */
export const DPF_MECHANISM_ID = 'tm-dpf';

type TransferRuleId =
  | 'transfer.no-mechanism'
  | 'transfer.partial-adequacy-unconfirmed'
  | 'transfer.dpf-not-certified'
  | 'transfer.safeguards-undocumented'
  | 'transfer.derogation-unjustified';

type Verdict = { ruleId: TransferRuleId; field: string; params?: Record<string, ScalarParam> } | null;

/** The one finding a transfer deserves, if any. */
export function judgeTransfer(context: CheckContext, transfer: Transfer, index: number): Verdict {
  const country = context.countries.get(transfer.countryId);
  if (!country || country.eea) return null;
  const mechanism = transfer.transferMechanismId ? context.mechanisms.get(transfer.transferMechanismId) : undefined;
  const recipient = transfer.processorId ? context.processors.get(transfer.processorId) : undefined;
  const at = `transfers.${index}`;
  const named = { mechanism: nameParam(mechanism, transfer.transferMechanismId ?? '') };
  if (mechanism?.article === '46') {
    return filled(transfer.safeguardDocuments)
      ? null
      : { ruleId: 'transfer.safeguards-undocumented', field: `${at}.safeguardDocuments`, params: named };
  }
  if (mechanism?.article === '49') {
    return filled(transfer.derogationJustification)
      ? null
      : { ruleId: 'transfer.derogation-unjustified', field: `${at}.derogationJustification`, params: named };
  }
  if (country.adequacy === 'adequate') return null;
  if (country.adequacy === 'none') return { ruleId: 'transfer.no-mechanism', field: `${at}.transferMechanismId` };
  if (mechanism?.id === DPF_MECHANISM_ID) {
    if (recipient?.dpfCertified) return null;
    return {
      ruleId: 'transfer.dpf-not-certified',
      field: `${at}.processorId`,
      params: { recipient: recipient ? recipient.name : { t: 'checks:unnamedRecipient' } },
    };
  }
  if (recipient?.dpfCertified || filled(transfer.safeguardDocuments)) return null;
  return { ruleId: 'transfer.partial-adequacy-unconfirmed', field: `${at}.transferMechanismId` };
}

function transferFindings(context: CheckContext, rule: RuleMeta<TransferRuleId>): Finding[] {
  return context.current.flatMap((activity) =>
    activity.transfers.flatMap((transfer, index) => {
      const verdict = judgeTransfer(context, transfer, index);
      if (verdict?.ruleId !== rule.id) return [];
      const country = nameParam(context.countries.get(transfer.countryId), transfer.countryId);
      return [context.activityFinding(rule, activity, verdict.field, { country, ...verdict.params })];
    }),
  );
}

/**
 * A transfer to a country without an adequacy decision, with no Art. 46
 * safeguard or Art. 49 derogation (or with an Art. 45 "adequacy" it does not
 * have). Error: Art. 44 forbids the transfer without a Chapter V ground.
 */
export const noMechanismRule = defineRule({ id: 'transfer.no-mechanism', severity: 'error', article: 'Art. 46', scope: 'activity' }, transferFindings);

/**
 * A transfer relying on a partial adequacy decision (the US, Canada) without
 * recording why the recipient is covered. Error: the decision does not cover
 * every recipient in that country, and an uncovered one has no ground.
 */
export const partialAdequacyRule = defineRule(
  { id: 'transfer.partial-adequacy-unconfirmed', severity: 'error', article: 'Art. 45', scope: 'activity' },
  transferFindings,
);

/**
 * A transfer relying on the EU–US Data Privacy Framework to a recipient not
 * recorded as DPF-certified (or not named). Error: Decision 2023/1795 covers
 * only organisations on the DPF list.
 */
export const transferDpfRule = defineRule({ id: 'transfer.dpf-not-certified', severity: 'error', article: 'Art. 45', scope: 'activity' }, transferFindings);

/**
 * An Art. 46 mechanism named, but not where it is documented. Warning: the
 * ground exists on paper somewhere; the register should say where, so that it
 * can be shown on request.
 */
export const safeguardsUndocumentedRule = defineRule(
  { id: 'transfer.safeguards-undocumented', severity: 'warning', article: 'Art. 46', scope: 'activity' },
  transferFindings,
);

/**
 * An Art. 49 derogation without its justification. Error: a derogation is a
 * ground only in the specific situation it names, and the controller must be
 * able to show that situation (Art. 49(1), (6); Art. 30(1)(e)).
 */
export const derogationUnjustifiedRule = defineRule(
  { id: 'transfer.derogation-unjustified', severity: 'error', article: 'Art. 49', scope: 'activity' },
  transferFindings,
);

/**
 * The activity names a recipient established outside the EEA but records no
 * transfer to its country. Warning: Art. 30(1)(e) requires transfers in the
 * record; the recipient may in fact process in the EU, which the DPO should
 * then record on the recipient.
 */
export const transferNotRecordedRule = defineRule(
  { id: 'transfer.not-recorded', severity: 'warning', article: 'Art. 30(1)(e)', scope: 'activity' },
  (context, rule) =>
    context.current.flatMap((activity) => {
      const destinations = new Set(activity.transfers.map((t) => t.countryId));
      return activity.processors.flatMap((link, index) => {
        const processor = context.processors.get(link.processorId);
        const country = processor?.countryId ? context.countries.get(processor.countryId) : undefined;
        if (!processor || !country || country.eea || destinations.has(country.id)) return [];
        return [
          context.activityFinding(rule, activity, `processors.${index}.processorId`, {
            processor: processor.name,
            country: nameParam(country, country.id),
          }),
        ];
      });
    }),
);

export const transferRules = [
  noMechanismRule,
  partialAdequacyRule,
  transferDpfRule,
  safeguardsUndocumentedRule,
  derogationUnjustifiedRule,
  transferNotRecordedRule,
] as const;
