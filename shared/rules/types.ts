/**
 * The shapes of the compliance checks: a `Rule` looks at the whole register
 * and answers `Finding`s, each naming the record and the field to fix.
 *
 * Findings carry no prose: a message key (`checks:message.<rule id>`) and
 * language-neutral parameters, so one run serves the Latvian app, an English
 * CLI, the PDF report and the Excel sheet alike (shared/rules/messages.ts
 * writes them out). The zod schemas here are also the contract's shapes.
 */
import { z } from 'zod';
import type { Activity } from '../domain/activity.ts';
import type { Country, DataCategory, DataSubjectCategory, LegalBasis, TransferMechanism } from '../domain/catalogues.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { Processor } from '../domain/processor.ts';
import type { RegisterDocument } from '../domain/register.ts';
import type { RetentionRule } from '../domain/retention.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
/**
 * `error`: the register (or the processing) falls short of the GDPR and an
 * auditor would say so; `ropa check` exits 1. `warning`: a gap or a risk a
 * DPO should look at before the authority does. `info`: a reminder.
 */
export type Severity = z.infer<typeof Severity>;

export const FINDING_ENTITY_TYPES = ['activity', 'processor', 'retentionRule', 'organisation', 'breach', 'subjectRequest'] as const;
export const FindingEntityType = z.enum(FINDING_ENTITY_TYPES);
export type FindingEntityType = z.infer<typeof FindingEntityType>;

/** The record a finding is about, with a label to show without looking it up. */
export const FindingEntity = z.object({
  type: FindingEntityType,
  id: z.string(),
  /** "PD-08 Interneta veikala pasūtījumi un piegāde", a processor's or rule's name. */
  label: z.string(),
});
export type FindingEntity = z.infer<typeof FindingEntity>;

/**
 * A message parameter: plain text or a number; `{t, params}` is a key of the
 * i18n catalogue translated when the message is written; `{lv, en}` is a
 * catalogue entry's name in both languages; `{article}` is a GDPR provision
 * ('Art. 30(1)(c)') written the language's way; a list is joined with commas.
 */
const ScalarParam = z.union([
  z.string(),
  z.number(),
  z.object({ t: z.string(), params: z.record(z.string(), z.string()).optional() }),
  z.object({ lv: z.string(), en: z.string() }),
  z.object({ article: z.string() }),
]);
export type ScalarParam = z.infer<typeof ScalarParam>;
export const ParamValue = z.union([ScalarParam, z.array(ScalarParam)]);
export type ParamValue = z.infer<typeof ParamValue>;

export const Finding = z.object({
  /** The rule's stable id, e.g. 'transfer.no-mechanism'. */
  ruleId: z.string(),
  severity: Severity,
  /** The GDPR provision it rests on, e.g. 'Art. 46' or 'Art. 30(1)(f)'. */
  article: z.string(),
  entity: FindingEntity,
  /**
   * The field path to fix within the entity, as the editor names its fields
   * ('purposes.1.legitimateInterestAssessment', 'contractExpiry'), so the app
   * can link a finding to the field.
   */
  field: z.string(),
  /** `checks:message.<ruleId>`. */
  messageKey: z.string(),
  params: z.record(z.string(), ParamValue),
});
export type Finding = z.infer<typeof Finding>;

/**
 * What a rule looks at, so that checks after a save can re-run only what the
 * save can have changed (shared/rules/incremental.ts). A record type
 * ('activity', 'processor', ...): the rule's findings are all about records
 * of that type, and each record's findings depend only on that record and
 * on what it links to (its organisation, the processors and retention rules
 * it names, the catalogues, the register's own settings), never on the other
 * records of its type. 'register': the rule looks at several records
 * together (a processor no activity uses, an organisation with no
 * activities), so it runs again after every change.
 */
export type RuleScope = FindingEntityType | 'register';

/** What identifies a rule and goes into each of its findings. */
export interface RuleMeta<Id extends string = string> {
  /** Stable: used in tests, exports and by anyone filtering findings. */
  id: Id;
  severity: Severity;
  /** The GDPR provision it rests on: 'Art. 46', 'Art. 30(1)(f)'. */
  article: string;
}

type Params = Record<string, ParamValue>;

/**
 * What every rule gets: the register, the day of the check, lookups by id,
 * and helpers that build findings in one shape (built by context.ts,
 * buildContext).
 */
export interface CheckContext {
  document: RegisterDocument;
  /** The day the check is for, ISO YYYY-MM-DD. */
  today: string;
  /** The instant the check is for (ISO, UTC): the 72-hour clock of a breach runs in hours. */
  now: string;
  /** Activities that are not ended, in register order. */
  current: Activity[];
  /** Current controller records (Art. 30(1)). */
  controllerRecords: Activity[];
  countries: Map<string, Country>;
  mechanisms: Map<string, TransferMechanism>;
  legalBases: Map<string, LegalBasis>;
  dataCategories: Map<string, DataCategory>;
  subjectCategories: Map<string, DataSubjectCategory>;
  processors: Map<string, Processor>;
  retentionRules: Map<string, RetentionRule>;
  organisations: Map<string, Organisation>;
  activityFinding(rule: RuleMeta, activity: Activity, field: string, params?: Params): Finding;
  processorFinding(rule: RuleMeta, processor: Processor, field: string, params?: Params): Finding;
  retentionRuleFinding(rule: RuleMeta, retentionRule: RetentionRule, field: string, params?: Params): Finding;
  organisationFinding(rule: RuleMeta, organisation: Organisation, field: string, params?: Params): Finding;
}

/**
 * A compliance rule. `check` is pure: the same register and day give the
 * same findings. `scope` is required, so a new rule cannot leave the checks
 * after a save to guess what it looks at.
 */
export interface Rule<Id extends string = string> extends RuleMeta<Id> {
  scope: RuleScope;
  check(context: CheckContext): Finding[];
}

/** Declares a rule; `check` gets the rule itself to stamp its findings with. */
export function defineRule<const Id extends string>(
  meta: RuleMeta<Id> & { scope: RuleScope },
  check: (context: CheckContext, rule: RuleMeta<Id>) => Finding[],
): Rule<Id> {
  return { ...meta, check: (context) => check(context, meta) };
}
