/**
 * Art. 6(1) legal bases, per purpose. Only controller records: a processor
 * acts on the controller's basis.
 */
import { filled, nameParam, type CheckContext } from './context.ts';
import { defineRule } from './types.ts';

/**
 * A purpose without any legal basis. Error: processing is lawful only on one
 * of the Art. 6(1) grounds, and the first thing an authority asks is which.
 */
export const legalBasisMissingRule = defineRule({ id: 'legal-basis.missing', severity: 'error', article: 'Art. 6(1)', scope: 'activity' }, (context, rule) => {
  return context.controllerRecords.flatMap((activity) =>
    activity.purposes.flatMap((purpose, index) =>
      purpose.legalBasisIds.length > 0
        ? []
        : [context.activityFinding(rule, activity, `purposes.${index}.legalBasisIds`, { purpose: purpose.description })],
    ),
  );
});

/** Purposes resting on a basis with the given Art. 6(1) point, with their index. */
function purposesOnPoint(context: CheckContext, point: string) {
  return context.controllerRecords.flatMap((activity) =>
    activity.purposes.flatMap((purpose, index) =>
      purpose.legalBasisIds.some((id) => context.legalBases.get(id)?.gdprPoint === point) ? [{ activity, purpose, index }] : [],
    ),
  );
}

/**
 * Legitimate interests relied on, but the interest itself is not described.
 * Warning: the balancing test (the error below) cannot be judged without it,
 * and Art. 13(1)(d) requires telling data subjects what the interests are.
 */
export const legitimateInterestNotNamedRule = defineRule(
  { id: 'legitimate-interest.not-named', severity: 'warning', article: 'Art. 6(1)(f)', scope: 'activity' },
  (context, rule) => {
    return purposesOnPoint(context, 'f')
      .filter(({ purpose }) => !filled(purpose.legitimateInterest))
      .map(({ activity, purpose, index }) =>
        context.activityFinding(rule, activity, `purposes.${index}.legitimateInterest`, { purpose: purpose.description }),
      );
  },
);

/**
 * Legitimate interests relied on without a recorded balancing assessment.
 * Error: Art. 6(1)(f) holds only where the interests are not overridden by
 * the data subject's, and under Art. 5(2) the controller must be able to show
 * it weighed them; DVI asks for the assessment itself.
 */
export const legitimateInterestAssessmentRule = defineRule(
  { id: 'legitimate-interest.no-assessment', severity: 'error', article: 'Art. 6(1)(f)', scope: 'activity' },
  (context, rule) => {
    return purposesOnPoint(context, 'f')
      .filter(({ purpose }) => !filled(purpose.legitimateInterestAssessment))
      .map(({ activity, purpose, index }) =>
        context.activityFinding(rule, activity, `purposes.${index}.legitimateInterestAssessment`, {
          purpose: purpose.description,
        }),
      );
  },
);

/**
 * Consent relied on where the data subjects include the controller's
 * employees. Warning, not error: consent must be freely given (Art. 7(4),
 * recital 43), which between employer and employee it rarely is (EDPB
 * Guidelines 05/2020, para. 21), but there are cases where it can be
 * (a photo on the intranet the employee may refuse without consequences).
 */
export const consentOfEmployeesRule = defineRule(
  { id: 'consent.employees', severity: 'warning', article: 'Art. 7(4)', scope: 'activity' },
  (context, rule) => {
    return purposesOnPoint(context, 'a').flatMap(({ activity, purpose, index }) => {
      const employees = activity.dataSubjectCategoryIds
        .map((id) => context.subjectCategories.get(id))
        .filter((category) => category?.employees === true)
        .map((category) => nameParam(category, ''));
      if (employees.length === 0) return [];
      return [
        context.activityFinding(rule, activity, `purposes.${index}.legalBasisIds`, {
          purpose: purpose.description,
          subjects: employees,
        }),
      ];
    });
  },
);

export const legalBasisRules = [
  legalBasisMissingRule,
  legitimateInterestNotNamedRule,
  legitimateInterestAssessmentRule,
  consentOfEmployeesRule,
] as const;
