/**
 * The history screen's tools of issue 16: filters by date range and author,
 * and "restore as it was" on an entry (a new change; the history is never
 * rewritten).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/domain/history.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { useReadOnly, useRegisterStatus } from '../../state/register-status.tsx';

export interface HistoryRange {
  /** yyyy-mm-dd, local days. */
  from: string;
  to: string;
  author: string;
}

export const NO_RANGE: HistoryRange = { from: '', to: '', author: '' };

/** The history query for a range of local days and an author. */
export function rangeQuery(range: HistoryRange): { from?: string; to?: string; author?: string } {
  const query: { from?: string; to?: string; author?: string } = {};
  if (range.from) query.from = new Date(`${range.from}T00:00:00`).toISOString();
  if (range.to) query.to = new Date(new Date(`${range.to}T00:00:00`).getTime() + 86_400_000 - 1).toISOString();
  if (range.author.trim()) query.author = range.author.trim();
  return query;
}

export function HistoryRangeFilters({ range, onChange }: { range: HistoryRange; onChange: (range: HistoryRange) => void }) {
  const { t } = useTranslation('versions');
  const ids = { from: useId(), to: useId(), author: useId() };
  return (
    <>
      <div className="filter">
        <label htmlFor={ids.from}>{t('ui.dateFrom')}</label>
        <input id={ids.from} type="date" value={range.from} onChange={(e) => onChange({ ...range, from: e.target.value })} />
      </div>
      <div className="filter">
        <label htmlFor={ids.to}>{t('ui.dateTo')}</label>
        <input id={ids.to} type="date" value={range.to} onChange={(e) => onChange({ ...range, to: e.target.value })} />
      </div>
      <div className="filter">
        <label htmlFor={ids.author}>{t('ui.author')}</label>
        <input id={ids.author} type="search" value={range.author} onChange={(e) => onChange({ ...range, author: e.target.value })} />
      </div>
    </>
  );
}

/** "Atjaunot, kāds tas bija": the record as it was before this entry. */
export function RestoreButton({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('versions');
  const readOnly = useReadOnly();
  const { reloadAll } = useRegisterStatus();
  const { reportError, announce } = useNotices();
  if (readOnly || entry.entityType === 'approval') return null;
  const restore = async () => {
    try {
      const result = await call('versions:restore', { seq: entry.seq, state: 'before' });
      const dropped = result.droppedLinks.map((link) => link.label || link.id).join(', ');
      announce(`${t('restored', { label: result.label, outcome: t(`outcomes.${result.outcome}`) })}${dropped ? ` ${t('droppedLinks', { links: dropped })}` : ''}`);
      await reloadAll();
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <button type="button" className="button-small" onClick={() => void restore()} data-testid="restore-entry">
      {t('ui.restore')}
    </button>
  );
}
