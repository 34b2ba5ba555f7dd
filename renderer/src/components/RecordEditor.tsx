/**
 * The frame of the editors of processors, retention rules, organisations
 * and catalogue entries: a form validated by the shared schema, Save, Back,
 * Delete, and where the record is used.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useUnsavedChanges } from '../state/navigation.tsx';
import { useNotices } from '../state/notices.tsx';
import type { HelpScope } from '../../../shared/help/index.ts';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { HelpScopeContext } from './form/FieldHelp.tsx';
import { applyServerErrors } from './form/form-errors.ts';
import { useZodForm } from './form/use-zod-form.ts';
import { PageHeader } from './PageHeader.tsx';

const META = ['id', 'revision', 'createdAt', 'updatedAt', 'usedBy', 'builtin'];

/** A stored record as form values: without what main sets. */
export function editableFields<T extends object>(record: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META.includes(key)));
}

export interface RecordEditorProps {
  title: string;
  subtitle?: ReactNode;
  schema: z.ZodType;
  initial: FieldValues;
  /** Saves (with id and revision when editing) and answers the stored record's id. */
  save: (values: FieldValues) => Promise<string>;
  /** After a save: reload lists, go to the saved record. */
  afterSave: (id: string) => void;
  onBack: () => void;
  backLabel: string;
  /** A record not saved yet (saved even when untouched). */
  isNew: boolean;
  /** Shows a Delete button. */
  onDelete?: () => void;
  aside?: ReactNode;
  labelOf: (path: string) => string;
  /** The record type whose field help the form shows (shared/help); none when absent. */
  helpScope?: HelpScope;
  children: ReactNode;
}

export function RecordEditor({ title, subtitle, schema, initial, save, afterSave, isNew, onBack, backLabel, onDelete, aside, labelOf, helpScope, children }: RecordEditorProps) {
  const { t } = useTranslation('editor');
  const { reportError, announce, clearError } = useNotices();
  const form = useZodForm<FieldValues>(schema, initial);
  const [showSummary, setShowSummary] = useState(false);
  useUnsavedChanges(form.formState.isDirty);

  const submit = form.handleSubmit(
    async (values) => {
      clearError();
      if (!isNew && !form.formState.isDirty) {
        announce(t('notices.nothingToSave'));
        return;
      }
      try {
        const id = await save(values);
        announce(t('notices.saved'));
        setShowSummary(false);
        form.reset(values);
        afterSave(id);
      } catch (error) {
        if (applyServerErrors(error, form.setError)) setShowSummary(true);
        else reportError(error);
      }
    },
    () => setShowSummary(true),
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        void submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [submit]);

  return (
    <HelpScopeContext.Provider value={helpScope ?? null}>
      <FormProvider {...form}>
        <form className="screen editor" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="screen-title">
          <PageHeader
            title={title}
            subtitle={
              <>
                {subtitle}
                {form.formState.isDirty && <span className="badge badge-warning">{t('activity:editor.unsaved')}</span>}
              </>
            }
            actions={
              <>
                <button type="button" onClick={onBack}>
                  {backLabel}
                </button>
                {onDelete && (
                  <button type="button" className="button-danger" onClick={onDelete}>
                    {t('actions.delete')}
                  </button>
                )}
                <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
                  {form.formState.isSubmitting ? t('actions.saving') : t('actions.save')}
                </button>
              </>
            }
          />
          <ErrorSummary errors={form.formState.errors} visible={showSummary} labelOf={labelOf} />
          <div className={aside ? 'record-layout' : undefined}>
            <div className="record-fields">{children}</div>
            {aside}
          </div>
        </form>
      </FormProvider>
    </HelpScopeContext.Provider>
  );
}
