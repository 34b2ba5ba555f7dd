/**
 * The editor screen of one record of a list (organisation, processor,
 * retention rule, catalogue entry): finds the record among the register's
 * data, loads where it is used, wires Save (with the revision read), Back and
 * Delete (the delete flow, with replacements to move the links to) around
 * RecordEditor, and goes to the saved record or back to the list. One
 * component, parameterised by each screen with its channels and its fields;
 * before, four screens each wrote this wiring out.
 */
import { useCallback, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Usage } from '../../../shared/contract/records.ts';
import type { HelpScope } from '../../../shared/help/index.ts';
import { sortByText } from '../../../shared/format.ts';
import { useRegisterData } from '../api/register-data.tsx';
import { useLoad } from '../api/use-load.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { Route } from '../state/routes.ts';
import { useNavigation } from '../state/navigation.tsx';
import { useNotices } from '../state/notices.tsx';
import type { DeleteChoice } from './DeleteLinkedDialog.tsx';
import { RecordEditor, editableFields, storedRecord } from './RecordEditor.tsx';
import { UsagePanel } from './UsagePanel.tsx';
import { noUsage, useDeleteFlow } from './use-delete-flow.tsx';

/** What a save or delete names of the record it changes: its id and the revision read. */
export interface RecordRead {
  id: string;
  revision: number;
}

export interface RecordEditorScreenProps<R extends RecordRead> {
  /** The record's id, or `'new'`. */
  id: string;
  /** The records of its list; undefined while the register loads. */
  records: readonly R[] | undefined;
  /** The record's name in the current language (title, delete dialog, replacements). */
  nameOf: (record: R) => string;
  /** The title of a record not saved yet. */
  newTitle: string;
  subtitle: (record: R | null) => ReactNode;
  schema: z.ZodType;
  /** The form's values for a new record (shared/domain's empty record). */
  empty: () => FieldValues;
  /** Saves the form's values (`read` when editing: the revision the form was read at) and answers the stored record's id and revision. */
  save: (values: FieldValues, read: RecordRead | undefined) => Promise<RecordRead>;
  /** Reads the stored record now (undefined or null once deleted): Reload and Compare after a save refused with CONFLICT. */
  stored: () => Promise<RecordRead | null | undefined>;
  /** Deletes the record, the links moved or removed as chosen. */
  remove: (read: RecordRead, choice: DeleteChoice) => Promise<unknown>;
  /** Who uses the record (a stable function of its id). */
  usage: (id: string) => Promise<Usage>;
  /** False where links cannot be removed, only moved (an activity needs its organisation). */
  allowUnlink?: boolean;
  /** Whether the record may be deleted at all (built-in catalogue entries may not). */
  deletable?: (record: R) => boolean;
  listRoute: Route;
  editorRoute: (id: string) => Route;
  helpScope?: HelpScope;
  labelOf: (path: string) => string;
  children: ReactNode;
}

export function RecordEditorScreen<R extends RecordRead>(props: RecordEditorScreenProps<R>) {
  const { id, records, nameOf, usage, listRoute, editorRoute } = props;
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { reload } = useRegisterData();
  const record = records?.find((r) => r.id === id) ?? null;
  const loadUsage = useCallback(() => usage(id), [usage, id]);
  const { value: used } = useLoad(id === 'new' ? noUsage : loadUsage, reportError);
  const deletion = useDeleteFlow({
    label: record ? nameOf(record) : '',
    usage: loadUsage,
    allowUnlink: props.allowUnlink,
    replacements: sortByText(records?.filter((r) => r.id !== id) ?? [], nameOf, language).map((r) => ({ value: r.id, label: nameOf(r) })),
    remove: (choice) => (record ? props.remove({ id, revision: record.revision }, choice) : Promise.resolve()),
    afterDelete: () => navigate(listRoute, { force: true }),
  });
  if (!records) return <p>{t('loading')}</p>;
  if (id !== 'new' && !record) return <p>{t('notFound')}</p>;
  return (
    <>
      <RecordEditor
        // Not keyed by revision: a newer stored record must not remount the form over the user's unsaved input (RecordEditor shows it, or offers Reload / Compare).
        key={record ? record.id : 'new'}
        isNew={!record}
        helpScope={props.helpScope}
        title={record ? nameOf(record) : props.newTitle}
        subtitle={props.subtitle(record)}
        schema={props.schema}
        initial={record ? editableFields(record) : props.empty()}
        save={(values, revision) => props.save(values, record ? { id: record.id, revision: revision ?? record.revision } : undefined)}
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(props.stored)}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          void reload();
          if (!record) navigate(editorRoute(savedId), { replace: true, force: true });
        }}
        onBack={() => navigate(listRoute)}
        backLabel={t('actions.backToList')}
        onDelete={record && (props.deletable?.(record) ?? true) ? deletion.start : undefined}
        aside={record ? <UsagePanel usage={used} /> : undefined}
        labelOf={props.labelOf}
      >
        {props.children}
      </RecordEditor>
      {deletion.dialog}
    </>
  );
}
