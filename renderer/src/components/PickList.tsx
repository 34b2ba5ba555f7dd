/**
 * Picking several entries of a catalogue (or the register's processors):
 * a labelled group of checkboxes, filterable when long, sorted in the
 * language's collation, with a way to add a missing entry on the spot.
 * A very long list (a large register's hundreds of processors) shows the
 * chosen entries and the first SHOW_AT_ONCE others until the filter narrows
 * it or the user asks for all.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collator } from '../../../shared/format.ts';
import { normaliseForSearch, queryTerms, matchesTerms } from '../../../shared/search-text.ts';
import type { HelpText } from '../../../shared/help/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { FieldNotes } from './form/Field.tsx';
import { FieldHelpPanel } from './form/FieldHelp.tsx';

export interface PickOption {
  id: string;
  label: string;
  /** A short mark after the label ("9. pants"), styled by `tone`. */
  badge?: string;
  tone?: 'special' | 'criminal' | 'info';
}

export interface PickListProps {
  /** Base of the element ids; the group itself gets `${idBase}-group`. */
  idBase: string;
  legend: string;
  options: readonly PickOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  onBlur?: () => void;
  /** Offers "add a new entry" when given. */
  onAddNew?: () => void;
  addNewLabel?: string;
  error?: string;
  errorId?: string;
  hint?: string;
  /** The field's help (shared/help), shown behind "?" and describing the group. */
  help?: HelpText | undefined;
}

const FILTER_FROM = 8;
const SHOW_AT_ONCE = 60;

export function PickList({ idBase, legend, options, selected, onChange, onBlur, onAddNew, addNewLabel, error, errorId, hint, help }: PickListProps) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const [filter, setFilter] = useState('');
  // In a long, scrolling list what was chosen when the form opened comes first (ticking does
  // not reorder the list under the cursor); a short list keeps its natural order (a) to f)).
  const chosenAtStart = useRef(new Set(options.length >= FILTER_FROM ? selected : []));
  const sorted = useMemo(() => {
    const compare = collator(language).compare;
    const first = chosenAtStart.current;
    return [...options].sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id)) || compare(a.label, b.label));
  }, [options, language]);
  const [showAll, setShowAll] = useState(false);
  const terms = queryTerms(filter);
  const matching = terms.length === 0 ? sorted : sorted.filter((option) => matchesTerms(normaliseForSearch(option.label), terms));
  const capped = !showAll && matching.length > SHOW_AT_ONCE;
  const shown = capped ? matching.filter((option, index) => index < SHOW_AT_ONCE || selected.includes(option.id)) : matching;
  const hintId = `${idBase}-hint`;
  const helpId = `${idBase}-help`;
  const describedBy = [hint ? hintId : '', error && errorId ? errorId : '', help ? helpId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className={`fieldset pick-list${error ? ' field-invalid' : ''}`} id={`${idBase}-group`} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldHelpPanel help={help} helpId={helpId} label={legend} />
      <div className="pick-list-tools">
        {options.length >= FILTER_FROM && (
          <input
            type="search"
            className="pick-list-filter"
            aria-label={t('pick.filter', { list: legend })}
            placeholder={t('pick.filterPlaceholder')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        )}
        <span className="muted pick-list-count">{t('pick.selected', { count: selected.length })}</span>
        {onAddNew && (
          <button type="button" className="button-small" onClick={onAddNew}>
            {addNewLabel ?? t('pick.addNew')}
          </button>
        )}
      </div>
      <div className="pick-list-options">
        {shown.length === 0 && <p className="muted">{options.length === 0 ? t('pick.empty') : t('pick.noMatch')}</p>}
        {shown.map((option) => {
          const id = `${idBase}-${option.id}`;
          const checked = selected.includes(option.id);
          return (
            <div key={option.id} className={`checkbox-row${checked ? ' checkbox-row-checked' : ''}`}>
              <input
                id={id}
                type="checkbox"
                checked={checked}
                onChange={(event) => onChange(event.target.checked ? [...selected, option.id] : selected.filter((value) => value !== option.id))}
                onBlur={onBlur}
              />
              <label htmlFor={id}>
                {option.label}
                {option.badge && <span className={`badge badge-${option.tone ?? 'info'}`}>{option.badge}</span>}
              </label>
            </div>
          );
        })}
        {capped && (
          <p className="pick-list-more">
            <span className="muted">{t('pick.more', { shown: shown.length, total: matching.length })}</span>{' '}
            <button type="button" className="button-small" onClick={() => setShowAll(true)}>
              {t('pick.showAll', { count: matching.length })}
            </button>
          </p>
        )}
      </div>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}
