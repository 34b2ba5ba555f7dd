/** How a state of the register stands to its approvals, in words: the report's cover and the overview say it alike. */
import { formatDate } from '../format.ts';
import type { Translate } from '../i18n/index.ts';

export interface ApprovalLike {
  name: string;
  role: string;
  approvedOn: string;
}

export interface ApprovalStanding {
  approvedAs: ApprovalLike | null;
  latest: ApprovalLike | null;
  changesSince: number;
}

const who = (approval: ApprovalLike) => (approval.role ? `${approval.name} (${approval.role})` : approval.name);

/** "Apstiprināts 05.12.2026: Ilze Ozola (DAS)", "Nav apstiprināts: 3 izmaiņa(-s) kopš …", "Nav apstiprināts". */
export function approvalText(t: Translate, { approvedAs, latest, changesSince }: ApprovalStanding): string {
  if (approvedAs) return t('versions:cover.approved', { date: formatDate(approvedAs.approvedOn), name: who(approvedAs) });
  if (latest) return t('versions:cover.notApproved', { count: changesSince, date: formatDate(latest.approvedOn), name: who(latest) });
  return t('versions:cover.neverApproved');
}
