/**
 * What the editor shows when the record it holds is no longer the stored
 * one: a save refused with CONFLICT (another window, tab or team member
 * saved first), or a change announced while the form is open. The user's
 * input stays in the form; the panel offers Reload (discard mine, load
 * theirs) and Compare (mine and theirs side by side, field by field, with
 * "keep mine", which saves the user's values on the stored revision).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../Dialog.tsx';
import { differingFields, displayValue, type FieldDifference } from './compare-values.ts';

/** The stored record: its form values, its revision, and the record itself for the editor. */
export interface StoredVersion<T> {
  values: Record<string, unknown>;
  revision: number;
  record: T;
}

export interface ConflictPanelProps<T> {
  /** What happened, in the user's language (main's CONFLICT message names who and when). */
  message: string;
  /** The form's values now. */
  mine: () => Record<string, unknown>;
  /** Reads the stored record; null when it has been deleted. */
  theirs: () => Promise<StoredVersion<T> | null>;
  /** Discard the user's input and show the stored record. */
  onReload: (theirs: StoredVersion<T>) => void;
  /** Keep the user's input and save it on the stored record's revision. */
  onKeepMine: (theirs: StoredVersion<T>) => void;
  onError: (error: unknown) => void;
  labelOf: (field: string) => string;
}

export function ConflictPanel<T>({ message, mine, theirs, onReload, onKeepMine, onError, labelOf }: ConflictPanelProps<T>) {
  const { t } = useTranslation('conflicts');
  const [busy, setBusy] = useState(false);
  const [gone, setGone] = useState(false);
  const [comparing, setComparing] = useState<{ stored: StoredVersion<T>; differences: FieldDifference[] } | null>(null);

  const withStored = async (then: (stored: StoredVersion<T>) => void) => {
    setBusy(true);
    try {
      const stored = await theirs();
      if (stored) then(stored);
      else setGone(true);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const words = { empty: t('empty'), yes: t('yes'), no: t('no') };

  return (
    <div className="conflict-panel notice notice-warning" role="alert" data-testid="conflict-panel">
      <p>{message}</p>
      <p>{gone ? t('gone') : t('kept')}</p>
      {!gone && (
        <p className="conflict-actions">
          <button type="button" title={t('reloadHint')} disabled={busy} onClick={() => void withStored(onReload)}>
            {t('reload')}
          </button>
          <button type="button" disabled={busy} onClick={() => void withStored((stored) => setComparing({ stored, differences: differingFields(mine(), stored.values) }))}>
            {t('compare')}
          </button>
        </p>
      )}
      {comparing && (
        <Dialog
          title={t('compareTitle')}
          wide
          onClose={() => setComparing(null)}
          actions={
            <>
              <button type="button" autoFocus onClick={() => setComparing(null)}>
                {t('editor:actions.cancel')}
              </button>
              <button type="button" onClick={() => onReload(comparing.stored)}>
                {t('takeTheirs')}
              </button>
              <button type="button" className="button-primary" onClick={() => onKeepMine(comparing.stored)}>
                {t('keepMine')}
              </button>
            </>
          }
        >
          <p>{comparing.differences.length > 0 ? t('compareLead') : t('noDifferences')}</p>
          {comparing.differences.length > 0 && (
            <table className="conflict-compare" data-testid="conflict-compare">
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('mine')}</th>
                  <th scope="col">{t('theirs')}</th>
                </tr>
              </thead>
              <tbody>
                {comparing.differences.map((difference) => (
                  <tr key={difference.field}>
                    <th scope="row">{labelOf(difference.field)}</th>
                    <td>{displayValue(difference.mine, words)}</td>
                    <td>{displayValue(difference.theirs, words)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Dialog>
      )}
    </div>
  );
}
