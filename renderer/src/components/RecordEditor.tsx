/**
 * The frame of the editors of processors, retention rules, organisations
 * and catalogue entries: a form validated by the shared schema, Save, Back,
 * Delete, and where the record is used.
 *
 * The form saves against the revision its values were read at (`base`), not
 * whatever the lists hold now: when someone else's change arrives while the
 * user is typing, the save is refused with CONFLICT instead of overwriting
 * it, and the conflict panel offers Reload or Compare. An untouched form
 * simply shows the newer record.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useUnsavedChanges } from '../state/navigation.tsx';
import { useNotices } from '../state/notices.tsx';
import type { HelpScope } from '../../../shared/help/index.ts';
import { ConflictPanel, type StoredVersion } from './conflict/ConflictPanel.tsx';
import { changedElsewhere, isConflict, unlessGone } from './conflict/compare-values.ts';
import { useRegisterChanges } from '../api/register-changes.tsx';
import { formatTimestamp } from '../../../shared/format.ts';
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

/** Reads a stored record as the editor's StoredVersion (null when it has been deleted). */
export function storedRecord<T extends { revision: number }>(read: () => Promise<T | null | undefined>): () => Promise<StoredVersion<T> | null> {
  return async () => {
    const record = await unlessGone(read());
    return record ? { values: editableFields(record), revision: record.revision, record } : null;
  };
}

export interface RecordEditorProps {
  title: string;
  subtitle?: ReactNode;
  schema: z.ZodType;
  initial: FieldValues;
  /** Saves (with id and `revision`, the one the form was read at, when editing) and answers the stored record. */
  save: (values: FieldValues, revision: number | undefined) => Promise<{ id: string; revision: number }>;
  /** The stored record's revision (absent for a new record): a newer one replaces an untouched form's values. */
  revision?: number;
  /** The stored record's id: names who changed it when a newer revision arrives while the form has unsaved input. */
  recordId?: string;
  /** Reads the stored record now: Reload and Compare after a save refused with CONFLICT. */
  stored?: () => Promise<StoredVersion<unknown> | null>;
  /** Reloads the lists (after Reload took the stored record). */
  refresh?: () => void;
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

export function RecordEditor(props: RecordEditorProps) {
  const { title, subtitle, schema, initial, save, afterSave, isNew, onBack, backLabel, onDelete, aside, labelOf, helpScope, children, revision, recordId, stored, refresh } = props;
  const { t } = useTranslation('editor');
  const { reportError, announce, clearError } = useNotices();
  const { changeOf } = useRegisterChanges();
  const form = useZodForm<FieldValues>(schema, initial);
  const [showSummary, setShowSummary] = useState(false);
  /** The revision the form's values were read at: what a save names. */
  const base = useRef(revision);
  /** Why the form no longer holds the stored record (a refused save); the user's input stays. */
  const [conflict, setConflict] = useState<string | null>(null);
  useUnsavedChanges(form.formState.isDirty);

  // A newer stored record (someone's change, the lists reloaded): an untouched form shows it;
  // typed input is never replaced: the panel says who changed it and offers Reload / Compare.
  useEffect(() => {
    if (revision === undefined || base.current === undefined || revision <= base.current) return;
    if (form.formState.isDirty) {
      setConflict((current) => current ?? changedElsewhere(t, recordId ? changeOf(recordId) : undefined, formatTimestamp));
      return;
    }
    form.reset(initial);
    base.current = revision;
  }, [revision, initial, form, t, recordId, changeOf]);

  const submit = form.handleSubmit(
    async (values) => {
      clearError();
      if (!isNew && !form.formState.isDirty) {
        announce(t('notices.nothingToSave'));
        return;
      }
      try {
        const saved = await save(values, base.current);
        base.current = saved.revision;
        announce(t('notices.saved'));
        setShowSummary(false);
        form.reset(values);
        afterSave(saved.id);
      } catch (error) {
        if (isConflict(error) && stored) setConflict(error.message);
        else if (applyServerErrors(error, form.setError)) setShowSummary(true);
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
          {conflict && stored && (
            <ConflictPanel
              message={conflict}
              mine={() => form.getValues()}
              theirs={stored}
              onReload={(theirs) => {
                setConflict(null);
                base.current = theirs.revision;
                form.reset(theirs.values);
                refresh?.();
              }}
              onKeepMine={(theirs) => {
                setConflict(null);
                base.current = theirs.revision;
                void submit();
              }}
              onError={reportError}
              labelOf={labelOf}
            />
          )}
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
