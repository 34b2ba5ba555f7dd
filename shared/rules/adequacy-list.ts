/**
 * The adequacy list a register relies on must be current (issue 15,
 * "Reference data"). Adequacy decisions are adopted, renewed and annulled
 * (the UK's was renewed in December 2025, the European Patent Organisation
 * and Brazil were added in 2025 and 2026, Safe Harbour and Privacy Shield
 * were annulled); a transfer recorded as covered by Art. 45 is only as good
 * as the list it was checked against. A year after the register's list was
 * last checked (or when it never was), each organisation that transfers data
 * outside the EEA is warned. The built-in list and its sources:
 * shared/reference/adequacy-decisions.ts.
 */
import { adequacyListDueOn } from '../reference/adequacy-decisions.ts';
import { dateParam } from './context.ts';
import { defineRule } from './types.ts';

export const adequacyListOutdatedRule = defineRule(
  { id: 'adequacy.list-outdated', severity: 'warning', article: 'Art. 45', scope: 'register' },
  (context, rule) => {
    const checkedOn = context.document.register.adequacyListCheckedOn;
    if (checkedOn && context.today <= adequacyListDueOn(checkedOn)) return [];
    const transferring = new Set(
      context.current
        .filter((activity) => activity.transfers.some((transfer) => context.countries.get(transfer.countryId)?.eea === false))
        .map((activity) => activity.organisationId),
    );
    return context.document.organisations
      .filter((organisation) => transferring.has(organisation.id))
      .map((organisation) =>
        context.organisationFinding(rule, organisation, 'adequacyListCheckedOn', { checkedOn: checkedOn ? dateParam(checkedOn) : { t: 'model:never' } }),
      );
  },
);

export const adequacyListRules = [adequacyListOutdatedRule] as const;
