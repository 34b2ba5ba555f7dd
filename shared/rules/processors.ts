/**
 * Processors and other recipients: Art. 28 contracts, their transfers, and
 * whether the register uses them at all; joint controllers' Art. 26
 * arrangement on the activities that name them.
 */
import type { Processor } from '../domain/processor.ts';
import { addMonthsIso } from '../format.ts';
import { dateParam, filled, nameParam, type CheckContext } from './context.ts';
import { DPF_MECHANISM_ID } from './transfers.ts';
import { defineRule } from './types.ts';

/** Roles that act on our behalf and therefore need an Art. 28 contract. */
const ACTS_FOR_US: ReadonlySet<Processor['role']> = new Set(['processor', 'sub_processor']);

/** How far ahead an expiring contract is announced. */
export const CONTRACT_EXPIRY_NOTICE_MONTHS = 2;

const contracted = (context: CheckContext) => context.document.processors.filter((p) => ACTS_FOR_US.has(p.role));

/**
 * A processor or sub-processor with no contract recorded (neither a
 * reference nor a date). Error: Art. 28(3) requires processing by a processor
 * to be governed by a contract or other legal act; for a sub-processor,
 * Art. 28(4) requires the same obligations to be passed on.
 */
export const noContractRule = defineRule({ id: 'processor.no-contract', severity: 'error', article: 'Art. 28(3)', scope: 'processor' }, (context, rule) => {
  return contracted(context)
    .filter((p) => !filled(p.contractReference) && p.contractDate === null)
    .map((p) => context.processorFinding(rule, p, 'contractReference'));
});

/**
 * The contract's expiry date has passed. Error: from that day the processor
 * processes without the contract Art. 28(3) requires. The day of expiry
 * itself still counts as covered.
 */
export const contractExpiredRule = defineRule(
  { id: 'processor.contract-expired', severity: 'error', article: 'Art. 28(3)', scope: 'processor' },
  (context, rule) => {
    return contracted(context)
      .filter((p) => p.contractExpiry !== null && p.contractExpiry < context.today)
      .map((p) => context.processorFinding(rule, p, 'contractExpiry', { expiry: dateParam(p.contractExpiry) }));
  },
);

/** The contract expires within the next two months. Info: time to renew it. */
export const contractExpiringRule = defineRule(
  { id: 'processor.contract-expiring', severity: 'info', article: 'Art. 28(3)', scope: 'processor' },
  (context, rule) => {
    const horizon = addMonthsIso(context.today, CONTRACT_EXPIRY_NOTICE_MONTHS);
    return contracted(context)
      .filter((p) => p.contractExpiry !== null && p.contractExpiry >= context.today && p.contractExpiry <= horizon)
      .map((p) => context.processorFinding(rule, p, 'contractExpiry', { expiry: dateParam(p.contractExpiry) }));
  },
);

/**
 * Processors in use: linked to a current activity (as a recipient or a
 * transfer's recipient), or a sub-processor of one in use.
 */
export function processorsInUse(context: CheckContext): Set<string> {
  const used = new Set<string>();
  for (const activity of context.current) {
    for (const link of activity.processors) used.add(link.processorId);
    for (const transfer of activity.transfers) if (transfer.processorId) used.add(transfer.processorId);
  }
  const queue = [...used];
  while (queue.length > 0) {
    const processor = context.processors.get(queue.pop() as string);
    for (const sub of processor?.subProcessorIds ?? []) {
      if (!used.has(sub)) {
        used.add(sub);
        queue.push(sub);
      }
    }
  }
  return used;
}

/**
 * A processor or recipient that no current activity uses. Warning: either an
 * activity's record misses the recipient it discloses to (Art. 30(1)(d)), or
 * the entry is left over from a relationship that has ended.
 */
export const unusedProcessorRule = defineRule(
  { id: 'processor.unused', severity: 'warning', article: 'Art. 30(1)(d)', scope: 'register' },
  (context, rule) => {
    const used = processorsInUse(context);
    return context.document.processors
      .filter((p) => !used.has(p.id))
      .map((p) => context.processorFinding(rule, p, 'name'));
  },
);

/**
 * The recipient relies on the EU–US Data Privacy Framework but its
 * certification is not recorded. Error: Decision 2023/1795 covers only
 * organisations on the DPF list, so an uncertified one has no Art. 45 ground.
 */
export const processorDpfRule = defineRule(
  { id: 'processor.dpf-not-certified', severity: 'error', article: 'Art. 45', scope: 'processor' },
  (context, rule) => {
    return context.document.processors
      .filter((p) => p.transferMechanismId === DPF_MECHANISM_ID && !p.dpfCertified)
      .map((p) => context.processorFinding(rule, p, 'dpfCertified'));
  },
);

/**
 * A recipient established outside the EEA, in a country no adequacy decision
 * covers it in, with no transfer mechanism. Error: whatever is disclosed to
 * it is a transfer without a Chapter V ground (Art. 44, 46).
 */
export const processorTransferRule = defineRule(
  { id: 'processor.transfer-no-mechanism', severity: 'error', article: 'Art. 46', scope: 'processor' },
  (context, rule) => {
    return context.document.processors.flatMap((p) => {
      const country = p.countryId ? context.countries.get(p.countryId) : undefined;
      if (!country || country.eea || country.adequacy === 'adequate') return [];
      const mechanism = p.transferMechanismId ? context.mechanisms.get(p.transferMechanismId) : undefined;
      if (mechanism && mechanism.article !== '45') return [];
      // Partial adequacy: a certified recipient, or a recorded Art. 45 reliance (the DPF rule judges that one).
      if (country.adequacy === 'partial' && (p.dpfCertified || mechanism)) return [];
      return [context.processorFinding(rule, p, 'transferMechanismId', { country: nameParam(country, country.id) })];
    });
  },
);

/**
 * An activity names a joint controller but describes no Art. 26
 * arrangement. Error: joint controllers must determine their respective
 * responsibilities in an arrangement whose essence is made available to data
 * subjects (Art. 26(1), (2)).
 */
export const jointControllerRule = defineRule(
  { id: 'joint-controller.no-arrangement', severity: 'error', article: 'Art. 26', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((activity) => {
      if (filled(activity.jointControllerArrangement)) return [];
      const joint = activity.processors
        .map((link) => context.processors.get(link.processorId))
        .filter((p): p is Processor => p?.role === 'joint_controller')
        .map((p) => p.name);
      return joint.length === 0 ? [] : [context.activityFinding(rule, activity, 'jointControllerArrangement', { processor: joint })];
    });
  },
);

export const processorRules = [
  noContractRule,
  contractExpiredRule,
  contractExpiringRule,
  unusedProcessorRule,
  processorDpfRule,
  processorTransferRule,
  jointControllerRule,
] as const;
