/**
 * Deleting a record that activities link to. Nothing is deleted behind the
 * user's back and no link is left dangling: they see who uses it and choose
 * to remove those links or move them to another record; main then relinks
 * and deletes in one transaction (each changed activity in the history).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Usage } from '../../../shared/contract/records.ts';
import { Dialog } from './Dialog.tsx';
import type { Option } from './form/controls.tsx';

export interface DeleteChoice {
  onLinked: 'refuse' | 'unlink' | 'replace';
  replacementId?: string;
}

export interface DeleteLinkedDialogProps {
  label: string;
  usage: Usage;
  /** Other records the links can move to. */
  replacements: Option[];
  /** Organisations cannot be unlinked: an activity always belongs to one. */
  allowUnlink?: boolean;
  onDelete: (choice: DeleteChoice) => void;
  onCancel: () => void;
}

export function DeleteLinkedDialog({ label, usage, replacements, allowUnlink = true, onDelete, onCancel }: DeleteLinkedDialogProps) {
  const { t } = useTranslation('editor');
  const id = useId();
  const linked = usage.activities.length + usage.processors.length + usage.retentionRules.length;
  const [choice, setChoice] = useState<'unlink' | 'replace'>(allowUnlink ? 'unlink' : 'replace');
  const [replacementId, setReplacementId] = useState(replacements[0]?.value ?? '');
  const canDelete = linked === 0 || choice === 'unlink' || replacementId !== '';
  const users = [...usage.activities.map((a) => `${a.number} ${a.name}`.trim()), ...usage.processors.map((p) => p.name), ...usage.retentionRules.map((r) => r.name)];
  return (
    <Dialog
      title={t('deleteLinked.title', { label })}
      onClose={onCancel}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            {t('actions.cancel')}
          </button>
          <button
            type="button"
            className="button-danger"
            disabled={!canDelete}
            onClick={() => onDelete(linked === 0 ? { onLinked: 'refuse' } : choice === 'unlink' ? { onLinked: 'unlink' } : { onLinked: 'replace', replacementId })}
          >
            {t('actions.delete')}
          </button>
        </>
      }
    >
      {linked === 0 ? (
        <p>{t('deleteLinked.unused')}</p>
      ) : (
        <>
          <p>{t('deleteLinked.used', { count: linked })}</p>
          <ul className="used-by-list">
            {users.slice(0, 10).map((user) => (
              <li key={user}>{user}</li>
            ))}
            {users.length > 10 && <li>{t('deleteLinked.more', { count: users.length - 10 })}</li>}
          </ul>
          <fieldset className="fieldset">
            <legend>{t('deleteLinked.question')}</legend>
            {allowUnlink && (
              <div className="checkbox-row">
                <input id={`${id}-unlink`} type="radio" name={`${id}-choice`} checked={choice === 'unlink'} onChange={() => setChoice('unlink')} />
                <label htmlFor={`${id}-unlink`}>{t('deleteLinked.unlink')}</label>
              </div>
            )}
            <div className="checkbox-row">
              <input id={`${id}-replace`} type="radio" name={`${id}-choice`} checked={choice === 'replace'} disabled={replacements.length === 0} onChange={() => setChoice('replace')} />
              <label htmlFor={`${id}-replace`}>{t('deleteLinked.replace')}</label>
            </div>
            {choice === 'replace' && (
              <div className="field nested">
                <label htmlFor={`${id}-replacement`}>{t('deleteLinked.replacement')}</label>
                <select id={`${id}-replacement`} value={replacementId} onChange={(event) => setReplacementId(event.target.value)}>
                  {replacements.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {replacements.length === 0 && !allowUnlink && <p className="field-error">{t('deleteLinked.noReplacement')}</p>}
          </fieldset>
        </>
      )}
    </Dialog>
  );
}
