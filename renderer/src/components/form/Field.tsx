/**
 * A labelled form control with its hint and its error, wired for assistive
 * technology: the label names the control, aria-describedby points at the
 * hint and the error, aria-invalid marks a control in error. In an editor
 * with field help (HelpScopeContext) each field also shows its help and is
 * described by it (FieldHelp.tsx).
 */
import { useContext, type ReactNode } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../../../shared/validation.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { FieldHelpPanel, useFieldHelp } from './FieldHelp.tsx';
import type { HelpText } from '../../../../shared/help/index.ts';
import { FieldIdPrefix } from './field-id-prefix.ts';
import { fieldId } from './form-errors.ts';

export { FieldIdPrefix } from './field-id-prefix.ts';

export interface FieldA11y {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

/** The id, error text and ARIA attributes of the control for `name`. */
export function useFieldState(
  name: string,
  options: { hint?: string; required?: boolean; columnHelpId?: string } = {},
): { a11y: FieldA11y; error: string | undefined; hintId: string; errorId: string; help: HelpText | undefined; helpId: string } {
  const prefix = useContext(FieldIdPrefix);
  const { formState } = useFormContext();
  const { translate } = useLanguage();
  const help = useFieldHelp(name);
  const id = fieldId(name, prefix);
  // A list's own error (a duplicate entry) sits at `name` or, for field arrays, at `name.root`.
  const raw = (get(formState.errors, name) ?? {}) as { message?: string; root?: { message?: string } };
  const message = raw.message ?? raw.root?.message;
  const error = message ? translateMessage(message, translate) : undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // A row of a table shows no help of its own: its column header does (ColumnHelp).
  const helpId = options.columnHelpId ?? `${id}-help`;
  const describedBy = [options.hint ? hintId : '', error ? errorId : '', help ? helpId : ''].filter(Boolean).join(' ');
  return {
    a11y: {
      id,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(error ? { 'aria-invalid': true } : {}),
      ...(options.required ? { 'aria-required': true } : {}),
    },
    error,
    hintId,
    errorId,
    help,
    helpId,
  };
}

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
  help?: HelpText | undefined;
  helpId?: string;
}

/** Label above, control, hint and error below. */
export function FieldFrame({ id, label, hint, hintId, error, errorId, required, children, className, help, helpId = `${id}-help` }: FieldFrameProps) {
  const { t } = useTranslation('editor');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true" title={t('form.required')}>
            {' *'}
          </span>
        )}
      </label>
      <FieldHelpPanel help={help} helpId={helpId} label={label} />
      {children}
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

/** A control's hint and error below it, with the ids its aria-describedby names (useFieldState). */
export function FieldNotes({ hint, hintId, error, errorId }: { hint?: string | undefined; hintId?: string; error?: string | undefined; errorId: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** An error of a whole group (a list, a set of checkboxes), for fieldsets. */
export function GroupError({ name }: { name: string }) {
  const { error, errorId } = useFieldState(name);
  return <FieldNotes error={error} errorId={errorId} />;
}
