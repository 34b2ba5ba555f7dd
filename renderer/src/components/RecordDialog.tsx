/**
 * A small form in a dialog: adding a catalogue entry, a processor or a
 * retention rule from inside another form. Validated with the same shared
 * schema as the full editor; main's errors show next to the fields.
 */
import { useId, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useNotices } from '../state/notices.tsx';
import { Dialog } from './Dialog.tsx';
import type { HelpScope } from '../../../shared/help/index.ts';
import { FieldIdPrefix } from './form/field-id-prefix.ts';
import { HelpScopeContext } from './form/FieldHelp.tsx';
import { applyServerErrors } from './form/form-errors.ts';
import { useZodForm } from './form/use-zod-form.ts';

export interface RecordDialogProps<T extends FieldValues> {
  title: string;
  schema: z.ZodType;
  defaults: T;
  /** Saves and answers the new record's id. */
  save: (values: T) => Promise<string>;
  onSaved: (id: string) => void;
  onClose: () => void;
  /** The record type whose field help the form shows (shared/help); none when absent. */
  helpScope?: HelpScope;
  children: ReactNode;
}

export function RecordDialog<T extends FieldValues>({ title, schema, defaults, save, onSaved, onClose, helpScope, children }: RecordDialogProps<T>) {
  const { t } = useTranslation('editor');
  const { reportError } = useNotices();
  const form = useZodForm<T>(schema, defaults as never);
  const formId = useId();
  const [saving, setSaving] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setSaving(true);
    try {
      onSaved(await save(values as T));
    } catch (error) {
      if (!applyServerErrors(error, form.setError)) reportError(error);
    } finally {
      setSaving(false);
    }
  });
  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" form={formId} className="button-primary" disabled={saving}>
            {t('actions.add')}
          </button>
        </>
      }
    >
      <FieldIdPrefix.Provider value="q">
        <HelpScopeContext.Provider value={helpScope ?? null}>
          <FormProvider {...form}>
            <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
              {children}
            </form>
          </FormProvider>
        </HelpScopeContext.Provider>
      </FieldIdPrefix.Provider>
    </Dialog>
  );
}
