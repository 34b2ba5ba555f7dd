import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../../../../shared/domain/activity.ts';
import { GDPR_POINTS } from '../../../../shared/domain/catalogues.ts';
import { sortByText } from '../../../../shared/format.ts';
import type { OrganisationRow } from '../../api/register-data.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { FilterSelect } from '../dpo-records/FilterSelect.tsx';
import { FINDINGS_OPTIONS, NO_FILTERS, REVIEW_OPTIONS, SPECIAL_DATA_OPTIONS, TRANSFER_OPTIONS, activeFilterCount, type FilterKey, type FilterValues } from './activity-filters.ts';

interface Props {
  filters: FilterValues;
  query: string;
  organisations: OrganisationRow[];
  onFilters: (filters: FilterValues) => void;
  onQuery: (query: string) => void;
}

/** The search box and one select per filter; every control labelled. */
export function ActivityFilterBar({ filters, query, organisations, onFilters, onQuery }: Props) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const id = useId();
  const select = (key: FilterKey, options: Array<{ value: string; label: string }>, label = t(`activity:list.filters.${key}`)) => (
    <FilterSelect
      id={`${id}-${key}`}
      label={label}
      value={filters[key]}
      options={[{ value: '', label: t('activity:list.filters.any') }, ...options]}
      onChange={(value) => onFilters({ ...filters, [key]: value })}
    />
  );
  const active = activeFilterCount(filters);
  return (
    <div className="filter-bar" role="search">
      <div className="filter filter-search">
        <label htmlFor={`${id}-query`}>{t('activity:list.search')}</label>
        <input id={`${id}-query`} type="search" value={query} onChange={(event) => onQuery(event.target.value)} placeholder={t('activity:list.searchPlaceholder')} />
      </div>
      {select(
        'organisationId',
        sortByText(organisations, (o) => o.name, language).map((o) => ({ value: o.id, label: o.name })),
      )}
      {select('kind', ACTIVITY_KINDS.map((value) => ({ value, label: t(`kindShort.${value}`) })))}
      {select('status', ACTIVITY_STATUSES.map((value) => ({ value, label: t(`fields:enums.status.${value}`) })))}
      {select('legalBasis', GDPR_POINTS.map((value) => ({ value, label: t(`legalBasisPoint.${value}`) })))}
      {select('specialData', SPECIAL_DATA_OPTIONS.map((value) => ({ value, label: t(`activity:list.filters.specialDataOptions.${value}`) })))}
      {select('transfers', TRANSFER_OPTIONS.map((value) => ({ value, label: t(`activity:list.filters.transferOptions.${value}`) })))}
      {select('review', REVIEW_OPTIONS.map((value) => ({ value, label: t(`activity:list.filters.reviewOptions.${value}`) })))}
      {select(
        'findings',
        FINDINGS_OPTIONS.map((value) => ({ value, label: t(`compliance:list.filterOptions.${value}`) })),
        t('compliance:list.filter'),
      )}
      {(active > 0 || query) && (
        <button
          type="button"
          className="button-small filter-clear"
          onClick={() => {
            onFilters(NO_FILTERS);
            onQuery('');
          }}
        >
          {t('activity:list.filters.clear')}
        </button>
      )}
    </div>
  );
}
