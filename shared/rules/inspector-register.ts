/**
 * Register-wide questions an inspector asks: is a DPO required and missing,
 * does an organisation's register hold anything, does a retention rule say
 * anything that can be applied, and does a purpose say which basis it rests on.
 */
import { activityLabel, filled, nameParam } from './context.ts';
import { allCriteria } from './dpia-inference.ts';
import { inferredFor } from './dpia.ts';
import { defineRule } from './types.ts';

/** "As long as necessary": no period and no criterion, only the principle restated. */
export const VAGUE_NECESSITY_PATTERNS: readonly RegExp[] = [
  /(cik ilgi|tik ilgi,? cik) (tas )?(ir )?nepieciešam/i,
  /kamēr (tas )?(ir )?nepieciešam/i,
  /nepieciešamo laiku/i,
  /as long as (is |it is )?(necessary|needed|required)/i,
  /for as long as (necessary|needed|required)/i,
  /no longer than (is )?necessary/i,
];

/** "According to the law": a law invoked without being named. */
export const VAGUE_LAW_PATTERNS: readonly RegExp[] = [
  /saskaņā ar (normatīv\S* akt|likum|tiesību akt|likumdošan|spēkā esoš)/i,
  /(normatīvajos aktos|likumā|tiesību aktos) noteikt\S* (termiņ|laik)/i,
  /(prasa|nosaka|paredz) (normatīv\S* akt|likum|tiesību akt)/i,
  /according to (the )?(law|legislation|applicable law|legal requirements)/i,
  /as required by (the )?(law|legislation)/i,
  /(statutory|legal) (retention )?(period|requirements)/i,
];

/** A law named: "Grāmatvedības likums", "Civillikums", likums “Par …”, an article, an Act. */
const NAMED_LAW = [/\p{Lu}\p{L}*likum/u, /likum\S* ["“„]/i, /\d+\.\s*(panta|pants|p\.)/i, /MK noteikum/i, /\b\p{Lu}\p{L}+ (Act|Law|Code)\b/u, /\bArt(icle|\.)\s*\d/];

/** Why a retention rule's text is vague, or null: a function of the texts (the model's structure may change). */
export function vagueRetention(rule: { periodValue: number | null; criterion: string; legalSource: string; legalArticle: string }): 'necessity' | 'law' | null {
  if (rule.periodValue !== null) return null;
  const text = rule.criterion;
  if (VAGUE_NECESSITY_PATTERNS.some((pattern) => pattern.test(text))) return 'necessity';
  const lawNamed = filled(rule.legalSource) || NAMED_LAW.some((pattern) => pattern.test(text));
  if (!lawNamed && VAGUE_LAW_PATTERNS.some((pattern) => pattern.test(text))) return 'law';
  return null;
}

/**
 * A retention rule with no period whose criterion only restates the
 * principle ("as long as necessary") or invokes an unnamed law. Warning:
 * Art. 30(1)(f) and 13(2)(a) ask for the period or the criteria that
 * determine it; these texts give neither, and nothing is ever erased by them.
 */
export const retentionVagueRule = defineRule({ id: 'retention-text.vague', severity: 'warning', article: 'Art. 30(1)(f)', scope: 'retentionRule' }, (context, rule) => {
  return context.document.retentionRules.flatMap((r) => {
    const why = vagueRetention(r);
    return why === null ? [] : [context.retentionRuleFinding(rule, r, 'criterion', { why: { t: `checks:vagueRetention.${why}` } })];
  });
});

const hasDpo = (o: { dpoName: string; dpoEmail: string; dpoPhone: string }): boolean => filled(o.dpoName) || filled(o.dpoEmail) || filled(o.dpoPhone);

/**
 * An organisation with no DPO whose controller records include large-scale
 * systematic monitoring or large-scale special-category (or criminal)
 * processing. Error: Art. 37(1)(b) and (c) require a DPO where such
 * processing is a core activity; the message asks the DPO to appoint one or
 * record why it is not a core activity.
 */
export const dpoRequiredRule = defineRule({ id: 'dpo.required', severity: 'error', article: 'Art. 37(1)', scope: 'register' }, (context, rule) => {
  return context.document.organisations.flatMap((organisation) => {
    if (hasDpo(organisation)) return [];
    const reasons = context.controllerRecords
      .filter((a) => a.organisationId === organisation.id)
      .filter((a) => {
        const criteria = allCriteria(a.dpiaCriteria, inferredFor(context, a));
        return criteria.includes('large_scale') && (criteria.includes('systematic_monitoring') || criteria.includes('sensitive_data'));
      });
    return reasons.length === 0 ? [] : [context.organisationFinding(rule, organisation, 'dpoName', { activities: reasons.map(activityLabel) })];
  });
});

/**
 * An organisation with no current activity in the register. Warning: a
 * controller always processes something (its staff, its customers); an
 * empty register is incomplete, or the organisation is not one whose
 * register this is.
 */
export const noActivitiesRule = defineRule({ id: 'register.no-activities', severity: 'warning', article: 'Art. 30(1)', scope: 'register' }, (context, rule) => {
  const withActivities = new Set(context.current.map((a) => a.organisationId));
  return context.document.organisations.filter((o) => !withActivities.has(o.id)).map((o) => context.organisationFinding(rule, o, 'name'));
});

const normalised = (text: string): string => text.trim().toLocaleLowerCase('lv').replace(/\s+/g, ' ');

/**
 * Consent and another basis for one purpose (on the same data: one
 * activity), whether in one purpose or in two purposes worded alike.
 * Warning: the basis must be chosen before the processing; consent given
 * "as well" cannot be withdrawn in any meaningful way if the processing
 * goes on under the other basis (EDPB Guidelines 05/2020, 121-123). The
 * DPO says which one the processing rests on.
 */
export const consentAndOtherBasisRule = defineRule(
  { id: 'basis.consent-and-other', severity: 'warning', article: 'Art. 6(1)', scope: 'activity' },
  (context, rule) => {
    const isConsent = (id: string) => context.legalBases.get(id)?.gdprPoint === 'a';
    return context.controllerRecords.flatMap((activity) => {
      // Each purpose's wording and consent worked out once, not once per pair of purposes.
      const consents = activity.purposes.map((p) => p.legalBasisIds.some(isConsent));
      // A twin is a purpose of the other kind (consent or not): with all purposes of one kind there is none, and no wording to compare.
      const mixed = consents.some((consent) => consent !== consents[0]);
      const wordings = mixed ? activity.purposes.map((p) => normalised(p.description)) : [];
      return activity.purposes.flatMap((purpose, index) => {
        const consent = consents[index] as boolean;
        const other = purpose.legalBasisIds.filter((id) => !isConsent(id));
        const twin = mixed ? activity.purposes.find((_p, i) => i !== index && consents[i] !== consent && wordings[i] === wordings[index]) : undefined;
        if (!(consent && other.length > 0) && !(consent && twin)) return [];
        const others = other.length > 0 ? other : (twin?.legalBasisIds ?? []).filter((id) => !isConsent(id));
        return [
          context.activityFinding(rule, activity, `purposes.${index}.legalBasisIds`, {
            purpose: purpose.description,
            bases: others.map((id) => nameParam(context.legalBases.get(id), id)),
          }),
        ];
      });
    });
  },
);

export const inspectorRegisterRules = [retentionVagueRule, dpoRequiredRule, noActivitiesRule, consentAndOtherBasisRule] as const;
