/**
 * The controller's own details, which head every record it keeps
 * (Art. 30(1)(a), and for a processor Art. 30(2)(a)): checked once per
 * organisation rather than on each of its activities.
 */
import { filled } from './context.ts';
import { defineRule } from './types.ts';

/**
 * No address, e-mail or phone for the organisation. Error: Art. 30(1)(a)
 * asks for the controller's "name and contact details"; the name alone does
 * not let anyone reach it.
 */
export const organisationContactRule = defineRule(
  { id: 'organisation.contact-missing', severity: 'error', article: 'Art. 30(1)(a)', scope: 'organisation' },
  (context, rule) => {
    return context.document.organisations
      .filter((o) => !filled(o.address) && !filled(o.email) && !filled(o.phone))
      .map((o) => context.organisationFinding(rule, o, 'email'));
  },
);

/**
 * A DPO is named without any way to reach them. Warning: Art. 30(1)(a) asks
 * for the DPO's contact details, and Art. 37(7) for them to be published.
 */
export const dpoContactRule = defineRule(
  { id: 'organisation.dpo-contact-missing', severity: 'warning', article: 'Art. 30(1)(a)', scope: 'organisation' },
  (context, rule) => {
    return context.document.organisations
      .filter((o) => filled(o.dpoName) && !filled(o.dpoEmail) && !filled(o.dpoPhone))
      .map((o) => context.organisationFinding(rule, o, 'dpoEmail', { dpo: o.dpoName }));
  },
);

/**
 * No DPO recorded at all. Info only: many small firms are not obliged to
 * appoint one (Art. 37(1)); where one is appointed, Art. 30(1)(a) wants their
 * name and contacts in the register.
 */
export const dpoMissingRule = defineRule({ id: 'organisation.dpo-missing', severity: 'info', article: 'Art. 37', scope: 'organisation' }, (context, rule) => {
  return context.document.organisations
    .filter((o) => !filled(o.dpoName) && !filled(o.dpoEmail) && !filled(o.dpoPhone))
    .map((o) => context.organisationFinding(rule, o, 'dpoName'));
});

export const organisationRules = [organisationContactRule, dpoContactRule, dpoMissingRule] as const;
