/**
 * Apstrādes darbības: every activity of the register in one virtualised
 * table, sorted in Latvian collation, narrowed by filters and by a search
 * across all of their text (main's search index).
 */
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract/index.ts';
import { collator, formatDate, isoToday } from '../../../../shared/format.ts';
import { completenessById, useActivityChecks } from '../../api/checks-data.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { takePrefetched } from '../../api/prefetch.ts';
import { call } from '../../api/transport.ts';
import { useLoadAfterPaint } from '../../api/use-load.ts';
import { useRegisterChanges } from '../../api/register-changes.tsx';
import { ActivityEditor } from './lazy-editor.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { NewActivityActions } from '../library/NewActivityActions.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { FILTER_KEYS, matchesFilters, reviewState, type ActivityRow, type FilterValues } from './activity-filters.ts';
import { firstRowsQuery, storedListState, storeListState, type ListState } from './list-state.ts';
import { ActivityFilterBar } from './ActivityFilterBar.tsx';

/** Opens the list next time with these filters (the overview's figures link here). */
export function presetActivityFilters(filters: FilterValues): void {
  storeListState({ ...storedListState(), filters, query: '' });
}

export interface ActivityListProps {
  /** Marks shown after an activity's name (compliance findings plug in here). */
  renderBadges?: (activity: ActivityRow) => ReactNode;
}

const columnHelper = createColumnHelper<ActivityRow>();
// One function for the life of the app: a new one each render would load the list again after every render.
// The first time, the answer may already be on its way (asked at start-up).
const listActivities = () => takePrefetched('activities:list', {}) ?? call('activities:list', {});

export function ActivityList({ renderBadges }: ActivityListProps) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data } = useRegisterData();
  const [state, setState] = useState<ListState>(storedListState);
  // A large register's whole list takes a while to reach the window; its first screenful,
  // in the order the table shows, does not. So when the rows shown first do not depend on
  // filters or a search, main is asked for those first, and for the whole list once they
  // are on screen (`first` stays what it was asked for when the list was opened).
  const [firstQuery] = useState(() => firstRowsQuery(state, language));
  const [first, setFirst] = useState<ChannelOutput<'activities:firstRows'> | null | undefined>(firstQuery ? undefined : null);
  useEffect(() => {
    if (!firstQuery) return;
    let current = true;
    (takePrefetched('activities:firstRows', firstQuery) ?? call('activities:firstRows', firstQuery))
      .then((answer) => current && setFirst(answer))
      .catch((error: unknown) => {
        if (current) setFirst(null);
        reportError(error);
      });
    return () => {
      current = false;
    };
  }, [firstQuery, reportError]);
  // Someone else's change (another tab, a team member): the list is asked for again, in place.
  const { version } = useRegisterChanges();
  const load = useMemo(() => (version === 0 ? listActivities : () => call('activities:list', {})), [version]);
  const summaries = useLoadAfterPaint(first === undefined ? null : load, reportError);
  const rows = summaries ?? first?.rows;
  // Rows still to come: the first screenful is shown, the rest is on its way.
  const partial = summaries === undefined && first != null && first.rows.length < first.total;
  // The compliance checks add each row's completeness and finding counts when they have run
  // (asked once the whole list is on screen).
  const report = useActivityChecks(summaries !== undefined, reportError);
  const activities = useMemo(() => {
    if (!rows) return undefined;
    const checks = completenessById(report);
    return rows.map((row): ActivityRow => {
      const found = checks.get(row.id);
      return found ? { ...row, checks: { completeness: found.completeness, findings: found.findings } } : row;
    });
  }, [rows, report]);
  const [matchingIds, setMatchingIds] = useState<Set<string> | null>(null);
  const today = isoToday();

  useEffect(() => {
    storeListState(state);
  }, [state]);

  useEffect(() => {
    // The editor's code, fetched while the user looks at the list: a row then opens at once.
    if (rows) void ActivityEditor.preload();
  }, [rows]);

  useEffect(() => {
    const query = state.query.trim();
    if (!query) {
      setMatchingIds(null);
      return;
    }
    // Asked at every keystroke: main answers from its in-memory index in milliseconds
    // (10 ms at 10,000 activities), so the list follows the typing; an answer to an
    // older query that arrives late is dropped.
    let current = true;
    call('activities:search', { query })
      .then((result) => current && setMatchingIds(new Set(result.ids)))
      .catch(reportError);
    return () => {
      current = false;
    };
  }, [state.query, reportError]);

  const organisationName = useMemo(() => new Map((data?.organisations ?? []).map((o) => [o.id, o.name])), [data]);

  const columns = useMemo(() => {
    const compare = collator(language).compare;
    const text = (value: (row: ActivityRow) => string) => (a: { original: ActivityRow }, b: { original: ActivityRow }) =>
      compare(value(a.original), value(b.original));
    return [
      columnHelper.accessor('number', { header: t('activity:list.columns.number'), size: 90, sortingFn: text((r) => r.number) }),
      columnHelper.accessor('name', {
        header: t('activity:list.columns.name'),
        sortingFn: text((r) => r.name),
        cell: (info) => (
          <span className="cell-name" title={info.getValue()}>
            <span className="cell-name-text">{info.getValue()}</span>
            {info.row.original.kind === 'processor' && <span className="badge badge-info">{t('kindShort.processor')}</span>}
            {renderBadges?.(info.row.original)}
          </span>
        ),
      }),
      columnHelper.accessor((row) => organisationName.get(row.organisationId) ?? '', {
        id: 'organisationId',
        header: t('activity:list.columns.organisation'),
        size: 170,
        sortingFn: text((r) => organisationName.get(r.organisationId) ?? ''),
      }),
      columnHelper.accessor('status', {
        header: t('activity:list.columns.status'),
        size: 95,
        cell: (info) => <span className={`status status-${info.getValue()}`}>{t(`fields:enums.status.${info.getValue()}`)}</span>,
      }),
      columnHelper.accessor((row) => row.legalBasisPoints.join(', '), {
        id: 'legalBasis',
        header: t('activity:list.columns.legalBasis'),
        size: 130,
      }),
      columnHelper.accessor((row) => (row.hasSpecialData ? 2 : 0) + (row.hasCriminalData ? 1 : 0), {
        id: 'specialData',
        header: t('activity:list.columns.specialData'),
        size: 95,
        cell: (info) => (
          <>
            {info.row.original.hasSpecialData && <span className="badge badge-special">{t('marks.art9')}</span>}
            {info.row.original.hasCriminalData && <span className="badge badge-criminal">{t('marks.art10')}</span>}
          </>
        ),
      }),
      columnHelper.accessor((row) => row.transferCountryIds.join(', '), {
        id: 'transfers',
        header: t('activity:list.columns.transfers'),
        // "Nosūtīšana" is one word: it cannot wrap, so the column is as wide as it is.
        size: 120,
      }),
      columnHelper.accessor((row) => row.nextReviewOn ?? '', {
        id: 'review',
        header: t('activity:list.columns.nextReview'),
        size: 115,
        cell: (info) => {
          const state = reviewState(info.row.original.nextReviewOn, today);
          return (
            <span className={state === 'overdue' ? 'text-overdue' : undefined}>
              {formatDate(info.row.original.nextReviewOn)}
              {state === 'overdue' && <span className="visually-hidden"> ({t('activity:list.overdue')})</span>}
            </span>
          );
        },
      }),
      columnHelper.accessor((row) => row.checks?.completeness ?? -1, {
        id: 'completeness',
        header: t('compliance:list.completeness'),
        size: 100,
        sortDescFirst: false,
        cell: (info) => {
          const value = info.row.original.checks?.completeness;
          if (value === undefined) return null;
          return <span className={value < 100 ? 'cell-completeness cell-completeness-partial' : 'cell-completeness'}>{value} %</span>;
        },
      }),
    ];
  }, [t, language, organisationName, today, renderBadges]);

  // The filters and the search, as one test of a row (a new one only when the selection changes).
  const filter = useMemo(() => {
    const filtering = FILTER_KEYS.some((key) => state.filters[key] !== '');
    if (!filtering && !matchingIds) return undefined;
    return (row: ActivityRow) => (matchingIds ? matchingIds.has(row.id) : true) && (!filtering || matchesFilters(row, state.filters, today));
  }, [state.filters, matchingIds, today]);
  const total = summaries?.length ?? first?.total ?? 0;
  const shown = useMemo(() => (filter ? (activities ?? []).filter(filter).length : (activities?.length ?? 0)), [activities, filter]);
  const subtitle = !activities ? t('loading') : partial ? t('activity:list.loadingRest', { shown, total }) : t('activity:list.shown', { shown, total });

  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('activity:list.title')}
        subtitle={subtitle}
        actions={<NewActivityActions />}
      />
      <ActivityFilterBar
        filters={state.filters}
        query={state.query}
        organisations={data?.organisations ?? []}
        onFilters={(filters) => setState((s) => ({ ...s, filters }))}
        onQuery={(query) => setState((s) => ({ ...s, query }))}
      />
      {activities && (
        <DataTable
          testId="activities-table"
          data={activities}
          columns={columns}
          getRowId={(row) => row.id}
          onOpen={(row) => navigate({ screen: 'activity', id: row.id })}
          caption={t('activity:list.caption')}
          emptyText={total === 0 ? t('activity:list.empty') : t('activity:list.noMatches')}
          sorting={state.sorting}
          onSortingChange={(sorting) => setState((s) => ({ ...s, sorting }))}
          filter={filter}
          busy={partial}
        />
      )}
    </section>
  );
}
