import { FieldFrame, useFieldState } from './Field.tsx';
import { DateInput, type BaseProps, type Option } from './controls.tsx';

/**
 * Controls for one field of an item in a list (a purpose's description, a
 * transfer's country): the value comes from, and goes back to, the list;
 * `name` is the item field's path, for its id and its error.
 */
interface ItemProps<V> extends BaseProps {
  value: V;
  onChange: (value: V) => void;
  onBlur: () => void;
}

export function ItemTextField({ name, label, hint, required, className, value, onChange, onBlur, multiline = false, rows = 2 }: ItemProps<string> & { multiline?: boolean; rows?: number }) {
  const { a11y, ...state } = useFieldState(name, { hint, required });
  return (
    <FieldFrame {...state} id={a11y.id} label={label} hint={hint} required={required} className={className}>
      {multiline ? (
        <textarea rows={rows} {...a11y} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur} />
      ) : (
        <input type="text" autoComplete="off" {...a11y} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur} />
      )}
    </FieldFrame>
  );
}

export function ItemDateField({ name, label, hint, required, className, value, onChange, onBlur }: ItemProps<string | null>) {
  const { a11y, ...state } = useFieldState(name, { hint, required });
  return (
    <FieldFrame {...state} id={a11y.id} label={label} hint={hint} required={required} className={className}>
      <DateInput value={value} onChange={onChange} onBlur={onBlur} inputRef={() => undefined} a11y={a11y} />
    </FieldFrame>
  );
}

export function ItemSelectField({ name, label, hint, required, className, value, onChange, onBlur, options, emptyLabel, emptyValue = null }: ItemProps<string | null> & { options: readonly Option[]; emptyLabel?: string; emptyValue?: string | null }) {
  const { a11y, ...state } = useFieldState(name, { hint, required });
  return (
    <FieldFrame {...state} id={a11y.id} label={label} hint={hint} required={required} className={className}>
      <select {...a11y} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' && emptyLabel !== undefined ? emptyValue : event.target.value)} onBlur={onBlur}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

