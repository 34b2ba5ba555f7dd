/**
 * One processing activity, whole, in sections that follow GDPR Art. 30.
 * Validated with the shared ActivityInput schema before saving; main's
 * answer (a duplicate number, a field it refused) lands next to the field.
 */
import { startTransition, useCallback, useEffect, useState, type ReactNode } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ActivityInput, emptyActivity, type Activity } from '../../../../shared/domain/activity.ts';
import { formatTimestamp, isoToday } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useNavigation, useUnsavedChanges } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ConflictPanel } from '../../components/conflict/ConflictPanel.tsx';
import { changedElsewhere, isConflict, unlessGone } from '../../components/conflict/compare-values.ts';
import { useRegisterChanges } from '../../api/register-changes.tsx';
import { HelpScopeContext } from '../../components/form/FieldHelp.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { applyServerErrors, flattenErrors } from '../../components/form/form-errors.ts';
import { useZodForm } from '../../components/form/use-zod-form.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { MarkReviewedDialog, UnsavedBeforeReview } from '../compliance/MarkReviewedDialog.tsx';
import { fieldLabel, toFormValues } from './activity-form.ts';
import { QuickAddProvider } from './QuickAdd.tsx';
import { SaveAsTemplateButton } from './SaveAsTemplateButton.tsx';
import { SectionNav } from './SectionNav.tsx';
import { ControllersSection } from './sections/ControllersSection.tsx';
import { DataSection } from './sections/DataSection.tsx';
import { IdentificationSection } from './sections/IdentificationSection.tsx';
import { AutomatedSection, DpiaSection, NotesSection, ReviewSection, SecuritySection, SourcesSection, SystemsSection } from './sections/OtherSections.tsx';
import { PurposesSection } from './sections/PurposesSection.tsx';
import { RecipientsSection } from './sections/RecipientsSection.tsx';
import { RetentionSection } from './sections/RetentionSection.tsx';
import { TransfersSection } from './sections/TransfersSection.tsx';

export interface ActivityEditorProps {
  id: string;
  /**
   * Compliance findings about this activity, shown above the form (plugged in
   * by the checks); called again after each save. `actions` are the editor's
   * buttons that belong with them ("mark as reviewed").
   */
  renderFindings?: (activityId: string, revision: number, actions: ReactNode) => ReactNode;
}

export function ActivityEditor({ id, renderFindings }: ActivityEditorProps) {
  const { t } = useTranslation('editor');
  const { reportError } = useNotices();
  const { data } = useRegisterData();
  const [activity, setActivity] = useState<Activity | null | undefined>(id === 'new' ? null : undefined);

  // The first sections render at once; the other ten (below the fold) in a
  // transition right after, which React interrupts for input: the editor shows
  // its activity in a fraction of the time the whole form takes to build.
  // Once per activity opened: a save re-renders the whole form in place.
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    setComplete(false);
  }, [id]);
  useEffect(() => {
    if (activity !== undefined && !complete) startTransition(() => setComplete(true));
  }, [activity, complete]);

  useEffect(() => {
    if (id === 'new') {
      setActivity(null);
      return;
    }
    setActivity(undefined);
    call('activities:get', { id }).then(setActivity).catch(reportError);
  }, [id, reportError]);

  if (activity === undefined || !data) return <p>{t('loading')}</p>;
  // A new activity belongs, until the user says otherwise, to the organisation with the most activities.
  const mainOrganisation = [...data.organisations].sort((a, b) => b.usedBy - a.usedBy)[0];
  const initial = activity ? toFormValues(activity) : emptyActivity(mainOrganisation?.id ?? '', isoToday());
  return (
    <QuickAddProvider>
      <ActivityForm key={activity ? `${activity.id}:${activity.revision}` : 'new'} initial={initial} saved={activity} complete={complete} renderFindings={renderFindings} />
    </QuickAddProvider>
  );
}

function ActivityForm({ initial, saved, complete, renderFindings }: { initial: ActivityInput; saved: Activity | null; complete: boolean; renderFindings: ActivityEditorProps['renderFindings'] }) {
  const { t } = useTranslation('editor');
  const tr = useCallback((key: string, params?: Record<string, unknown>) => t(key, params ?? {}), [t]);
  const { navigate, confirmDiscard } = useNavigation();
  const { reportError, announce, clearError } = useNotices();
  const { data } = useRegisterData();
  const form = useZodForm<ActivityInput>(ActivityInput, initial);
  const { formState } = form;
  const [record, setRecord] = useState(saved);
  const [showSummary, setShowSummary] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [reviewStep, setReviewStep] = useState<'unsaved' | 'dialog' | null>(null);
  /** Why the form no longer holds the stored record (a refused save); the user's input stays. */
  const [conflict, setConflict] = useState<string | null>(null);
  const { version, touches, changeOf } = useRegisterChanges();
  // Someone else saved this activity (another tab, a team member): an untouched form shows their
  // version; unsaved input stays, and the panel says who changed it, with Reload / Compare.
  useEffect(() => {
    if (version === 0 || !record || !touches(record.id)) return;
    let current = true;
    unlessGone(call('activities:get', { id: record.id }))
      .then((stored) => {
        if (!current || !stored || stored.revision <= record.revision) return;
        if (form.formState.isDirty) {
          setConflict((shown) => shown ?? changedElsewhere(t, changeOf(record.id), formatTimestamp));
        } else {
          setRecord(stored);
          form.reset(toFormValues(stored));
        }
      })
      .catch(reportError);
    return () => {
      current = false;
    };
    // Only a new batch of changes asks again; the record and form it reads are current then.
  }, [version]);
  const kind = useWatch({ control: form.control, name: 'kind' });
  const controllerCount = (useWatch({ control: form.control, name: 'controllers' }) ?? []).length;
  useUnsavedChanges(formState.isDirty);

  /** Saves; `then` runs with the saved record once it is saved (not after a failed or needless save). */
  const submit = (then?: (saved: Activity) => void) =>
    form.handleSubmit(
      async (values) => {
        clearError();
        if (record && !formState.isDirty) {
          announce(t('notices.nothingToSave'));
          return;
        }
        try {
          const result = await call('activities:save', values);
          announce(t('notices.saved'));
          setShowSummary(false);
          if (!record) {
            navigate({ screen: 'activity', id: result.id }, { replace: true, force: true });
            return;
          }
          setRecord(result);
          form.reset(toFormValues(result));
          then?.(result);
        } catch (error) {
          if (isConflict(error)) setConflict(error.message);
          else if (applyServerErrors(error, form.setError, { duplicateNumber: 'number' })) setShowSummary(true);
          else reportError(error);
        }
      },
      () => setShowSummary(true),
    );
  const save = submit();

  // Mark as reviewed works on the saved record: unsaved edits are saved or dropped first.
  const startReview = () => setReviewStep(formState.isDirty ? 'unsaved' : 'dialog');
  const reviewButton = renderFindings && record && (
    <button type="button" onClick={startReview}>
      {t('compliance:review.button')}
    </button>
  );
  const reviewed = (result: Activity) => {
    setReviewStep(null);
    setRecord(result);
    form.reset(toFormValues(result));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const duplicate = async () => {
    if (!record || !(await confirmDiscard())) return;
    try {
      const copy = await call('activities:duplicate', { id: record.id });
      announce(t('notices.duplicated', { number: copy.number }));
      navigate({ screen: 'activity', id: copy.id }, { force: true });
    } catch (error) {
      reportError(error);
    }
  };

  const remove = async () => {
    if (!record) return;
    setConfirmDelete(false);
    try {
      await call('activities:delete', { id: record.id, revision: record.revision });
      announce(t('notices.deleted'));
      navigate({ screen: 'activities' }, { force: true });
    } catch (error) {
      reportError(error);
    }
  };

  const organisation = data?.organisations.find((o) => o.id === record?.organisationId);
  const errorPaths = flattenErrors(formState.errors).map((e) => e.path);
  const label = record ? `${record.number} ${record.name}` : t('activity:editor.newTitle');
  return (
    <HelpScopeContext.Provider value="activity">
      <FormProvider {...form}>
        <form className="screen editor" noValidate onSubmit={(event) => void save(event)} aria-labelledby="screen-title">
          <PageHeader
            title={label}
            subtitle={
              record ? (
                <>
                  {organisation?.name} · {t(`kindShort.${record.kind}`)} · {t('activity:editor.changed', { when: formatTimestamp(record.updatedAt) })}
                  {formState.isDirty && <span className="badge badge-warning">{t('activity:editor.unsaved')}</span>}
                </>
              ) : (
                t('activity:editor.newSubtitle')
              )
            }
            actions={
              <>
                <button type="button" onClick={() => navigate({ screen: 'activities' })}>
                  {t('actions.backToList')}
                </button>
                {record && (
                  <>
                    <button type="button" onClick={() => navigate({ screen: 'history', entityType: 'activity', entityId: record.id })}>
                      {t('actions.history')}
                    </button>
                    <button type="button" onClick={() => void duplicate()}>
                      {t('actions.duplicate')}
                    </button>
                    <SaveAsTemplateButton activityId={record.id} confirmDiscard={confirmDiscard} />
                    <button type="button" className="button-danger" onClick={() => setConfirmDelete(true)}>
                      {t('actions.delete')}
                    </button>
                  </>
                )}
                <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
                  {formState.isSubmitting ? t('actions.saving') : t('actions.save')}
                </button>
              </>
            }
          />
          {record && renderFindings?.(record.id, record.revision, reviewButton)}
          {conflict && record && (
            <ConflictPanel
              message={conflict}
              mine={() => form.getValues()}
              theirs={async () => {
                const stored = await unlessGone(call('activities:get', { id: record.id }));
                return stored && { values: toFormValues(stored), revision: stored.revision, record: stored };
              }}
              onReload={({ record: stored }) => {
                setConflict(null);
                setRecord(stored);
                form.reset(toFormValues(stored));
              }}
              onKeepMine={({ record: stored }) => {
                setConflict(null);
                setRecord(stored);
                form.setValue('revision', stored.revision);
                void save();
              }}
              onError={reportError}
              labelOf={(path) => fieldLabel(path, tr)}
            />
          )}
          <ErrorSummary errors={formState.errors} visible={showSummary} labelOf={(path) => fieldLabel(path, tr)} />
          <div className="editor-layout">
            <SectionNav showControllers={kind === 'processor' || controllerCount > 0} errorPaths={errorPaths} />
            <div className="editor-sections">
              <IdentificationSection activityId={saved?.id} />
              {(kind === 'processor' || controllerCount > 0) && <ControllersSection />}
              <PurposesSection />
              {complete ? (
                <>
                  <DataSection />
                  <SourcesSection />
                  <RecipientsSection />
                  <TransfersSection />
                  <RetentionSection />
                  <SecuritySection />
                  <SystemsSection />
                  <AutomatedSection />
                  <DpiaSection />
                  <ReviewSection action={reviewButton || undefined} />
                  <NotesSection />
                </>
              ) : (
                <p className="loading">{t('loading')}</p>
              )}
            </div>
          </div>
        </form>
        {reviewStep === 'unsaved' && (
          <UnsavedBeforeReview
            onSave={() => {
              setReviewStep(null);
              void submit(() => setReviewStep('dialog'))();
            }}
            onDiscard={() => {
              form.reset();
              setShowSummary(false);
              setReviewStep('dialog');
            }}
            onCancel={() => setReviewStep(null)}
          />
        )}
        {reviewStep === 'dialog' && record && (
          <MarkReviewedDialog activity={record} dpoName={organisation?.dpoName ?? ''} onDone={reviewed} onCancel={() => setReviewStep(null)} />
        )}
        {confirmDelete && record && (
          <ConfirmDialog title={t('activity:editor.deleteTitle')} confirmLabel={t('actions.delete')} danger onConfirm={() => void remove()} onCancel={() => setConfirmDelete(false)}>
            <p>{t('activity:editor.deleteBody', { label: `${record.number} ${record.name}` })}</p>
          </ConfirmDialog>
        )}
      </FormProvider>
    </HelpScopeContext.Provider>
  );
}
