/**
 * "Atzīmēt kā pārskatītu": the DPO confirms the record still describes the
 * processing. Who (the organisation's DPO by default), when (today by
 * default, dd.mm.gggg) and in how many months the next review is due (12 by
 * default; 3, 6, 24 or any number from 1 to 60), with the resulting date
 * shown before saving. Main records it with a history entry
 * (`activities:markReviewed`).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/activity.ts';
import { addMonthsIso, formatDate, isoToday, parseDisplayDate } from '../../../../shared/format.ts';
import { DEFAULT_REVIEW_CADENCE_MONTHS } from '../../../../shared/rules/reviews.ts';
import { translateMessage } from '../../../../shared/validation.ts';
import { ApiError, call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FieldFrame } from '../../components/form/Field.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { CADENCE_CHOICES, parseCadence } from './review-cadence.ts';

type Errors = Partial<Record<'reviewedBy' | 'reviewedOn' | 'cadenceMonths' | 'form', string>>;

export interface MarkReviewedDialogProps {
  activity: Activity;
  /** The organisation's DPO, proposed as the reviewer. */
  dpoName: string;
  onDone: (saved: Activity) => void;
  onCancel: () => void;
}

export function MarkReviewedDialog({ activity, dpoName, onDone, onCancel }: MarkReviewedDialogProps) {
  const { t } = useTranslation('compliance');
  const { translate } = useLanguage();
  const { announce } = useNotices();
  const id = useId();
  const today = isoToday();
  const [reviewer, setReviewer] = useState(dpoName.trim() || activity.reviewedBy);
  const [dateText, setDateText] = useState(formatDate(today));
  const [choice, setChoice] = useState<string>(String(DEFAULT_REVIEW_CADENCE_MONTHS));
  const [customText, setCustomText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  /** A changed field's error goes with the change; the rest stay until the next attempt. */
  const clear = (key: keyof Errors) => setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));

  const reviewedOn = parseDisplayDate(dateText);
  const months = choice === 'custom' ? parseCadence(customText) : Number(choice);
  const next = reviewedOn && months ? addMonthsIso(reviewedOn, months) : null;

  const check = (): Errors => {
    const found: Errors = {};
    if (!reviewer.trim()) found.reviewedBy = translate('validation:required');
    if (!reviewedOn) found.reviewedOn = translate('validation:date');
    else if (reviewedOn > today) found.reviewedOn = translate('validation:reviewInFuture');
    else if (activity.lastReviewedOn && reviewedOn < activity.lastReviewedOn) found.reviewedOn = translate('validation:reviewBeforeLast', { last: formatDate(activity.lastReviewedOn) });
    if (!months) found.cadenceMonths = t('review.monthsRange');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0 || !reviewedOn || !months) {
      const first = found.reviewedBy ? 'reviewer' : found.reviewedOn ? 'date' : 'months';
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      const saved = await call('activities:markReviewed', { id: activity.id, revision: activity.revision, reviewedBy: reviewer.trim(), reviewedOn, cadenceMonths: months });
      announce(t('review.done', { date: formatDate(saved.nextReviewOn) }));
      onDone(saved);
    } catch (error) {
      setSaving(false);
      const dateIssue = error instanceof ApiError ? error.issues.find((issue) => issue.path === 'reviewedOn') : undefined;
      if (dateIssue) setErrors({ reviewedOn: translateMessage(dateIssue.message, translate) });
      else setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  const field = (name: 'reviewer' | 'date', error: string | undefined, hint: string) => ({
    id: `${id}-${name}`,
    hintId: `${id}-${name}-hint`,
    errorId: `${id}-${name}-error`,
    error,
    hint,
    describedBy: [`${id}-${name}-hint`, error ? `${id}-${name}-error` : ''].filter(Boolean).join(' '),
  });
  const reviewerField = field('reviewer', errors.reviewedBy, t('review.reviewerHint'));
  const dateField = field('date', errors.reviewedOn, t('review.dateHint'));
  const formId = `${id}-form`;

  return (
    <Dialog
      title={t('review.title')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t('editor:actions.cancel')}
          </button>
          <button type="submit" form={formId} className="button-primary" disabled={saving}>
            {saving ? t('review.saving') : t('review.confirm')}
          </button>
        </>
      }
    >
      <form id={formId} className="review-form" noValidate onSubmit={(event) => void submit(event)} data-testid="mark-reviewed">
        <p className="review-intro">
          <strong>
            {activity.number} {activity.name}.
          </strong>{' '}
          {activity.lastReviewedOn ? t('review.last', { date: formatDate(activity.lastReviewedOn), by: activity.reviewedBy || '—' }) : t('review.never')}
        </p>
        <p className="muted">{t('review.intro')}</p>
        {errors.form && (
          <p className="notice notice-error" role="alert">
            {errors.form}
          </p>
        )}
        <FieldFrame id={reviewerField.id} label={t('review.reviewer')} hint={reviewerField.hint} hintId={reviewerField.hintId} error={reviewerField.error} errorId={reviewerField.errorId} required>
          <input
            id={reviewerField.id}
            type="text"
            autoComplete="name"
            autoFocus
            value={reviewer}
            onChange={(event) => {
              setReviewer(event.target.value);
              clear('reviewedBy');
            }}
            aria-describedby={reviewerField.describedBy}
            aria-invalid={reviewerField.error ? true : undefined}
            aria-required
          />
        </FieldFrame>
        <FieldFrame id={dateField.id} label={t('review.date')} hint={dateField.hint} hintId={dateField.hintId} error={dateField.error} errorId={dateField.errorId} required>
          <input
            id={dateField.id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="input-date"
            placeholder={t('editor:form.datePlaceholder')}
            value={dateText}
            onChange={(event) => {
              setDateText(event.target.value);
              clear('reviewedOn');
            }}
            onBlur={() => reviewedOn && setDateText(formatDate(reviewedOn))}
            aria-describedby={dateField.describedBy}
            aria-invalid={dateField.error ? true : undefined}
            aria-required
          />
        </FieldFrame>
        <fieldset className="fieldset review-cadence" aria-describedby={errors.cadenceMonths ? `${id}-months-error` : undefined}>
          <legend>{t('review.cadence')}</legend>
          <div className="review-choices">
            {CADENCE_CHOICES.map((value) => (
              <div key={value} className="checkbox-row">
                <input
                  id={`${id}-c${value}`}
                  type="radio"
                  name={`${id}-cadence`}
                  value={value}
                  checked={choice === String(value)}
                  onChange={() => {
                    setChoice(String(value));
                    clear('cadenceMonths');
                  }}
                />
                <label htmlFor={`${id}-c${value}`}>
                  {t('review.months', { count: value })}
                  {value === DEFAULT_REVIEW_CADENCE_MONTHS && <span className="muted"> {t('review.recommended')}</span>}
                </label>
              </div>
            ))}
            <div className="checkbox-row">
              <input id={`${id}-custom`} type="radio" name={`${id}-cadence`} value="custom" checked={choice === 'custom'} onChange={() => setChoice('custom')} />
              <label htmlFor={`${id}-custom`}>{t('review.custom')}</label>
            </div>
          </div>
          {choice === 'custom' && (
            <div className="field review-custom">
              <label htmlFor={`${id}-months`}>{t('review.customMonths')}</label>
              <input
                id={`${id}-months`}
                type="text"
                inputMode="numeric"
                className="input-number"
                value={customText}
                onChange={(event) => {
                  setCustomText(event.target.value);
                  clear('cadenceMonths');
                }}
                aria-invalid={errors.cadenceMonths ? true : undefined}
                aria-describedby={errors.cadenceMonths ? `${id}-months-error` : undefined}
              />
            </div>
          )}
          {errors.cadenceMonths && (
            <p id={`${id}-months-error`} className="field-error">
              {errors.cadenceMonths}
            </p>
          )}
        </fieldset>
        <p className="review-next" role="status" data-testid="next-review">
          {next ? t('review.next', { date: formatDate(next) }) : t('review.nextUnknown')}
        </p>
      </form>
    </Dialog>
  );
}

/** Before marking as reviewed, a form with unsaved changes is saved or its changes dropped. */
export function UnsavedBeforeReview({ onSave, onDiscard, onCancel }: { onSave: () => void; onDiscard: () => void; onCancel: () => void }) {
  const { t } = useTranslation('compliance');
  return (
    <Dialog
      title={t('review.unsavedTitle')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            {t('editor:actions.cancel')}
          </button>
          <button type="button" className="button-danger" onClick={onDiscard}>
            {t('review.discard')}
          </button>
          <button type="button" className="button-primary" onClick={onSave}>
            {t('review.saveFirst')}
          </button>
        </>
      }
    >
      <p>{t('review.unsavedBody')}</p>
    </Dialog>
  );
}
