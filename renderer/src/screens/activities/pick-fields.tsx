/**
 * The activity form's pickers: catalogue entries (ids or link rows with
 * notes) and processors, each offering to add a missing entry without
 * leaving the form.
 */
import { useTranslation } from 'react-i18next';
import type { CatalogueName } from '../../../../shared/domain/catalogues.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { useFieldState } from '../../components/form/Field.tsx';
import { ColumnHelp, useColumnHelpId } from '../../components/form/FieldHelp.tsx';
import { useArrayValue } from '../../components/form/use-array-value.ts';
import { PickList, type PickOption } from '../../components/PickList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { catalogueOptions } from '../catalogues/catalogue-options.ts';
import { useQuickAdd } from './QuickAdd.tsx';

/**
 * A pick list over one catalogue's entries, whose "add new" opens the quick
 * add and picks the entry made. `name` is the form field whose error and
 * help it shows; the value is the caller's (a field of its own, or a
 * purpose's bases).
 */
export function CataloguePickList({
  name,
  catalogue,
  legend,
  hint,
  selected,
  onChange,
  onBlur,
}: {
  name: string;
  catalogue: CatalogueName;
  legend: string;
  hint?: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const quickAdd = useQuickAdd();
  const { a11y, error, errorId, help } = useFieldState(name);
  if (!data) return null;
  return (
    <PickList
      help={help}
      idBase={a11y.id}
      legend={legend}
      options={catalogueOptions(data.catalogues, catalogue, language, t)}
      selected={selected}
      onChange={onChange}
      onBlur={onBlur}
      onAddNew={() => quickAdd.catalogueEntry(catalogue, (id) => onChange([...selected, id]))}
      addNewLabel={t('editor:pick.addNewTo', { list: t(`fields:catalogues.${catalogue}`) })}
      error={error}
      errorId={errorId}
      hint={hint}
    />
  );
}

/** A set of catalogue ids (data subjects, Art. 9 conditions, security measures). */
export function CatalogueIdsField({ name, catalogue, legend, hint }: { name: string; catalogue: CatalogueName; legend: string; hint?: string }) {
  const [ids, setIds, touch] = useArrayValue<string>(name);
  return <CataloguePickList name={name} catalogue={catalogue} legend={legend} hint={hint} selected={ids} onChange={setIds} onBlur={touch} />;
}

type Row = Record<string, unknown> & { notes: string };

interface LinkRowsProps {
  name: string;
  /** The id field of a row: 'dataCategoryId', 'recipientCategoryId', 'processorId'. */
  idKey: string;
  legend: string;
  options: PickOption[];
  newRow: (id: string) => Row;
  onAddNew: (added: (id: string) => void) => void;
  addNewLabel: string;
  hint?: string;
}

/** Link rows (id + notes): pick the entries, then note what applies to each. */
export function LinkRowsField({ name, idKey, legend, options, newRow, onAddNew, addNewLabel, hint }: LinkRowsProps) {
  const { t } = useTranslation('editor');
  const [rows, setRows, touch] = useArrayValue<Row>(name);
  const { a11y, error, errorId, help } = useFieldState(name);
  const ids = rows.map((row) => String(row[idKey]));
  const labelOf = new Map(options.map((option) => [option.id, option]));
  const pick = (next: string[]) => setRows(next.map((id) => rows.find((row) => row[idKey] === id) ?? newRow(id)));
  return (
    <div className="link-rows">
      <PickList
        idBase={a11y.id}
        legend={legend}
        options={options}
        selected={ids}
        onChange={pick}
        onBlur={touch}
        help={help}
        onAddNew={() => onAddNew((id) => setRows([...rows, newRow(id)]))}
        addNewLabel={addNewLabel}
        error={error}
        errorId={errorId}
        hint={hint}
      />
      {rows.length > 0 && (
        <table className="rows-table">
          <caption className="visually-hidden">{t('pick.notesCaption', { list: legend })}</caption>
          <thead>
            <tr>
              <th scope="col">
                {legend} <ColumnHelp name={`${name}.${idKey}`} label={legend} />
              </th>
              <th scope="col">
                {t('pick.notes')} <ColumnHelp name={`${name}.notes`} label={t('pick.notes')} />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <LinkRowNotes
                key={ids[index]}
                name={`${name}.${index}.notes`}
                option={labelOf.get(ids[index] ?? '')}
                value={row.notes}
                onChange={(notes) => setRows(rows.map((r, i) => (i === index ? { ...r, notes } : r)))}
                onBlur={touch}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function LinkRowNotes({ name, option, value, onChange, onBlur }: { name: string; option: PickOption | undefined; value: string; onChange: (notes: string) => void; onBlur: () => void }) {
  const { t } = useTranslation('editor');
  const { a11y, error, errorId } = useFieldState(name, { columnHelpId: useColumnHelpId(name) });
  return (
    <tr>
      <th scope="row" className="rows-table-name">
        {option?.label ?? '?'}
        {option?.badge && <span className={`badge badge-${option.tone ?? 'info'}`}>{option.badge}</span>}
      </th>
      <td>
        <input type="text" {...a11y} aria-label={`${t('pick.notes')}: ${option?.label ?? ''}`} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur} />
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
