/**
 * Rules about the DPO's other records: the 72 hours to notify a breach
 * (Art. 33(1)), informing the data subjects of a high-risk breach (Art. 34),
 * and answering data subject requests in time and properly (Art. 12(3),
 * 12(4)). A closed breach is still checked for its notification (closing it
 * does not make an unnotified breach notified); a request with a response
 * date, or closed, is answered.
 */
import type { Breach } from '../domain/breach.ts';
import type { SubjectRequest } from '../domain/subject-request.ts';
import { breachClock, breachNoticeSettled, notificationDelayHours, requestDeadline, requestDue, requestFirstDeadline, BREACH_NOTICE_HOURS } from '../dpo-deadlines.ts';
import { formatTimestamp } from '../format.ts';
import { dateParam, filled } from './context.ts';
import { defineRule, type Finding, type ParamValue, type RuleMeta } from './types.ts';

function breachFinding(rule: RuleMeta, breach: Breach, field: string, params: Record<string, ParamValue> = {}): Finding {
  const label = `${breach.number} ${breach.title}`.trim();
  return {
    ruleId: rule.id,
    severity: rule.severity,
    article: rule.article,
    entity: { type: 'breach', id: breach.id, label },
    field,
    messageKey: `checks:message.${rule.id}`,
    params: { number: breach.number, name: breach.title, ...params },
  };
}

function requestFinding(rule: RuleMeta, request: SubjectRequest, field: string, params: Record<string, ParamValue> = {}): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    article: rule.article,
    entity: { type: 'subjectRequest', id: request.id, label: `${request.number} ${request.requester}`.trim() },
    field,
    messageKey: `checks:message.${rule.id}`,
    params: { number: request.number, name: request.requester, deadline: dateParam(requestDeadline(request)), ...params },
  };
}

/** More than 72 hours since the controller became aware, and neither a notification nor a documented decision not to notify. Error. */
export const breachNotNotifiedRule = defineRule({ id: 'breach.not-notified', severity: 'error', article: 'Art. 33(1)', scope: 'breach' }, (context, rule) =>
  (context.document.breaches ?? []).flatMap((breach) => {
    if (breachNoticeSettled(breach)) return [];
    const clock = breachClock({ ...breach, status: 'open' }, context.now);
    return clock.state === 'overdue' ? [breachFinding(rule, breach, 'dviDecision', { due: formatTimestamp(clock.due) })] : [];
  }),
);

/** Notified after more than 72 hours, with no reasons for the delay. Warning: Art. 33(1) asks for them with the notification. */
export const breachDelayUnexplainedRule = defineRule({ id: 'breach.delay-unexplained', severity: 'warning', article: 'Art. 33(1)', scope: 'breach' }, (context, rule) =>
  (context.document.breaches ?? []).flatMap((breach) => {
    const hours = notificationDelayHours(breach);
    if (hours === null || hours <= BREACH_NOTICE_HOURS || filled(breach.delayReasons)) return [];
    return [breachFinding(rule, breach, 'delayReasons', { hours: Math.floor(hours) })];
  }),
);

/** High risk, subjects not informed, and no Art. 34(3) reason recorded. Error. */
export const breachHighRiskNotInformedRule = defineRule(
  { id: 'breach.high-risk-not-informed', severity: 'error', article: 'Art. 34(1)', scope: 'breach' },
  (context, rule) =>
    (context.document.breaches ?? [])
      .filter((b) => b.risk === 'high_risk' && b.subjectsInformedOn === null && !(b.subjectsDecision === 'not_inform' && filled(b.subjectsNotInformingReason)))
      .map((b) => breachFinding(rule, b, 'subjectsDecision')),
);

/** Not answered and the deadline (with any extension) has passed. Error. */
export const requestOverdueRule = defineRule({ id: 'request.overdue', severity: 'error', article: 'Art. 12(3)', scope: 'subjectRequest' }, (context, rule) =>
  (context.document.subjectRequests ?? []).filter((r) => requestDue(r, context.today) === 'overdue').map((r) => requestFinding(rule, r, 'respondedOn')),
);

/** Not answered and due within seven days. Warning: a reminder with time to act. */
export const requestDueThisWeekRule = defineRule({ id: 'request.due-this-week', severity: 'warning', article: 'Art. 12(3)', scope: 'subjectRequest' }, (context, rule) =>
  (context.document.subjectRequests ?? []).filter((r) => requestDue(r, context.today) === 'due-soon').map((r) => requestFinding(rule, r, 'respondedOn')),
);

/**
 * Extended, but the requester was not told (with the reasons) within the
 * first month, as Art. 12(3) requires. Error.
 */
export const requestExtensionNotNotifiedRule = defineRule(
  { id: 'request.extension-not-notified', severity: 'error', article: 'Art. 12(3)', scope: 'subjectRequest' },
  (context, rule) =>
    (context.document.subjectRequests ?? []).flatMap((r) => {
      if (r.extensionMonths === 0) return [];
      const first = requestFirstDeadline(r);
      const told = r.extensionNotifiedOn !== null && r.extensionNotifiedOn <= first && filled(r.extensionReasons);
      return told ? [] : [requestFinding(rule, r, r.extensionNotifiedOn === null || r.extensionNotifiedOn > first ? 'extensionNotifiedOn' : 'extensionReasons', { first: dateParam(first) })];
    }),
);

/** Refused wholly or partly without the reason or the Art. 12(4) notice of the right to complain. Error. */
export const requestRefusalWithoutNoticeRule = defineRule(
  { id: 'request.refusal-without-notice', severity: 'error', article: 'Art. 12(4)', scope: 'subjectRequest' },
  (context, rule) =>
    (context.document.subjectRequests ?? []).flatMap((r) => {
      if (r.outcome !== 'refused' && r.outcome !== 'partly') return [];
      if (r.complaintNoticeGiven && filled(r.refusalReason)) return [];
      return [requestFinding(rule, r, filled(r.refusalReason) ? 'complaintNoticeGiven' : 'refusalReason')];
    }),
);

export const dpoRecordRules = [
  breachNotNotifiedRule,
  breachDelayUnexplainedRule,
  breachHighRiskNotInformedRule,
  requestOverdueRule,
  requestDueThisWeekRule,
  requestExtensionNotNotifiedRule,
  requestRefusalWithoutNoticeRule,
] as const;
