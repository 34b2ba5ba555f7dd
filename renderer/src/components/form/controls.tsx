/**
 * Form controls bound to the surrounding react-hook-form by field name.
 * Values stay in the shape of the shared zod schemas: dates are ISO strings
 * (typed and shown as dd.mm.gggg), empty choices and numbers are null.
 * What cannot be converted is kept as typed, so the schema reports it next
 * to the field instead of the value silently changing.
 */
import { useEffect, useState, type InputHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { Controller, useFormContext, type ControllerRenderProps, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDisplayDate } from '../../../../shared/format.ts';
import { FieldFrame, FieldNotes, useFieldState, type FieldA11y } from './Field.tsx';
import { FieldHelpPanel } from './FieldHelp.tsx';

export interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

export function TextField({ name, label, hint, required, className, type = 'text', autoComplete = 'off' }: BaseProps & { type?: 'text' | 'email' | 'tel' | 'url'; autoComplete?: string }) {
  const { register } = useFormContext();
  const { a11y, ...state } = useFieldState(name, { hint, required });
  return (
    <FieldFrame {...state} id={a11y.id} label={label} hint={hint} required={required} className={className}>
      <input type={type} autoComplete={autoComplete} {...a11y} {...register(name)} />
    </FieldFrame>
  );
}

export function TextAreaField({ name, label, hint, required, className, rows = 3 }: BaseProps & { rows?: number }) {
  const { register } = useFormContext();
  const { a11y, ...state } = useFieldState(name, { hint, required });
  return (
    <FieldFrame {...state} id={a11y.id} label={label} hint={hint} required={required} className={className}>
      <textarea rows={rows} {...a11y} {...register(name)} />
    </FieldFrame>
  );
}

/** dd.mm.gggg as typed -> ISO date; empty -> null; anything else kept as typed (and reported). */
export function toIsoDate(text: string): string | null {
  if (text.trim() === '') return null;
  return parseDisplayDate(text) ?? text;
}

function displayDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

export function DateInput({ value, onChange, onBlur, inputRef, a11y }: { value: unknown; onChange: (v: string | null) => void; onBlur: () => void; inputRef: (el: HTMLInputElement | null) => void; a11y: object }) {
  const { t } = useTranslation('editor');
  const [text, setText] = useState(displayDate(value));
  useEffect(() => {
    // Follow values set from outside (loading a record), not our own typing.
    if (toIsoDate(text) !== (value ?? null)) setText(displayDate(value));
    // (Only `value` matters here: the text is ours.)
  }, [value]);
  return (
    <input
      ref={inputRef}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className="input-date"
      placeholder={t('form.datePlaceholder')}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(toIsoDate(event.target.value));
      }}
      onBlur={() => {
        setText(displayDate(value));
        onBlur();
      }}
      {...a11y}
    />
  );
}

/**
 * A labelled control whose value the form holds in another shape than its
 * text (a date, a number, a choice, an instant, lines): the field's frame
 * (label, help, hint, error) around a react-hook-form Controller, the
 * control itself drawn by `control` with the ARIA attributes it must carry.
 * One frame for every such control (DateField, NumberField, SelectField,
 * dpo-fields.tsx's InstantField and LinesField).
 */
export function ControlledField({ name, label, hint, required, className, control: draw }: BaseProps & { control: (field: ControllerRenderProps<FieldValues, string>, a11y: FieldA11y) => ReactElement }) {
  const { control } = useFormContext();
  const { a11y, ...state } = useFieldState(name, { hint, required });
  return (
    <FieldFrame {...state} id={a11y.id} label={label} hint={hint} required={required} className={className}>
      <Controller control={control} name={name} render={({ field }) => draw(field, a11y)} />
    </FieldFrame>
  );
}

export function DateField(props: BaseProps) {
  return <ControlledField {...props} control={(field, a11y) => <DateInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} a11y={a11y} />} />;
}

/** A ControlledField whose control is one `<input>`, its attributes (value, onChange, type) made from the field by `input`. */
export function ControlledInput({ input, ...props }: BaseProps & { input: (field: ControllerRenderProps<FieldValues, string>) => InputHTMLAttributes<HTMLInputElement> }) {
  return <ControlledField {...props} control={(field, a11y) => <input ref={field.ref} onBlur={field.onBlur} {...input(field)} {...a11y} />} />;
}

/** A whole number or null; other text is kept (the schema says "enter a number"). */
export function NumberField(props: BaseProps) {
  return (
    <ControlledInput
      {...props}
      input={(field) => ({
        type: 'text',
        inputMode: 'numeric',
        className: 'input-number',
        value: field.value === null || field.value === undefined ? '' : String(field.value),
        onChange: (event) => {
          const text = event.target.value.trim();
          field.onChange(text === '' ? null : /^-?\d+$/.test(text) ? Number(text) : event.target.value);
        },
      })}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A choice; with `emptyLabel`, an empty choice is offered and stored as
 * `emptyValue` (null for optional links; '' where the schema must say "required").
 */
/**
 * A choice from a list. `deferOptions`: a list that may run to thousands (the
 * activity that replaces this one) renders only the chosen entry, when it
 * has more than 50, until the control is focused or pointed at, so that
 * opening the form does not build thousands of `<option>`s nobody looks at.
 */
export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  options,
  emptyLabel,
  emptyValue = null,
  deferOptions = false,
}: BaseProps & { options: readonly Option[]; emptyLabel?: string; emptyValue?: string | null; deferOptions?: boolean }) {
  const { expanded, expand } = useOptionsWhenUsed(deferOptions ? options.length : 0);
  return (
    <ControlledField
      name={name}
      label={label}
      hint={hint}
      required={required}
      className={className}
      control={(field, a11y) => (
        <select
          ref={field.ref}
          value={(field.value as string | null) ?? ''}
          onChange={(event) => field.onChange(event.target.value === '' && emptyLabel !== undefined ? emptyValue : event.target.value)}
          onBlur={field.onBlur}
          onFocus={expand}
          onPointerEnter={expand}
          {...a11y}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {(expanded ? options : chosenOnly(options, field.value as string | null)).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/**
 * For a choice among `count` options: whether to build them all now (50 or
 * fewer, or the control has been focused or pointed at), and the handler
 * that asks for them (undefined once they are built).
 */
export function useOptionsWhenUsed(count: number): { expanded: boolean; expand: (() => void) | undefined } {
  const [used, setUsed] = useState(false);
  const expanded = used || count <= 50;
  return { expanded, expand: expanded ? undefined : () => setUsed(true) };
}

/** The chosen entry alone (a placeholder while the list is still loading). */
function chosenOnly(options: readonly Option[], value: string | null): readonly Option[] {
  if (!value) return [];
  return [options.find((option) => option.value === value) ?? { value, label: '…' }];
}

export function CheckboxField({ name, label, hint, className }: Omit<BaseProps, 'required'>) {
  const { register } = useFormContext();
  const { a11y, error, hintId, errorId, help, helpId } = useFieldState(name, { hint });
  return (
    <div className={`field field-checkbox${className ? ` ${className}` : ''}`}>
      <input type="checkbox" {...a11y} {...register(name)} />
      <label htmlFor={a11y.id}>{label}</label>
      <FieldHelpPanel help={help} helpId={helpId} label={label} />
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

/** Several checkboxes over one array of values (sources, DPIA criteria). */
export function CheckboxGroupField({ name, legend, options, hint, columns = 1, children }: { name: string; legend: string; options: readonly Option[]; hint?: string; columns?: 1 | 2; children?: ReactNode }) {
  const { control } = useFormContext();
  const { a11y, error, hintId, errorId, help, helpId } = useFieldState(name, { hint });
  return (
    <fieldset className="fieldset" id={`${a11y.id}-group`} tabIndex={-1} aria-describedby={a11y['aria-describedby']}>
      <legend>{legend}</legend>
      <FieldHelpPanel help={help} helpId={helpId} label={legend} />
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const selected = (field.value as string[] | undefined) ?? [];
          return (
            <div className={columns === 2 ? 'checkbox-list checkbox-list-2' : 'checkbox-list'}>
              {options.map((option) => {
                const id = `${a11y.id}-${option.value}`;
                return (
                  <div key={option.value} className="checkbox-row">
                    <input
                      id={id}
                      type="checkbox"
                      checked={selected.includes(option.value)}
                      onChange={(event) =>
                        field.onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
                      }
                      onBlur={field.onBlur}
                    />
                    <label htmlFor={id}>{option.label}</label>
                  </div>
                );
              })}
            </div>
          );
        }}
      />
      {children}
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}
