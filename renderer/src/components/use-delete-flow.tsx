/**
 * The delete flow of a linked record: ask main who uses it, let the user
 * choose what happens to the links (DeleteLinkedDialog), delete, reload.
 */
import { useState, type ReactNode } from 'react';
import type { Usage } from '../../../shared/contract/records.ts';
import { useRegisterData } from '../api/register-data.tsx';
import { useNotices } from '../state/notices.tsx';
import { useTranslation } from 'react-i18next';
import { DeleteLinkedDialog, type DeleteChoice } from './DeleteLinkedDialog.tsx';
import type { Option } from './form/controls.tsx';

/** The usage of a record not saved yet: nothing. */
export const noUsage = async (): Promise<Usage> => ({ activities: [], processors: [], retentionRules: [] });

export interface DeleteFlowOptions {
  label: string;
  usage: () => Promise<Usage>;
  replacements: Option[];
  allowUnlink?: boolean;
  remove: (choice: DeleteChoice) => Promise<unknown>;
  afterDelete: () => void;
}

export function useDeleteFlow(options: DeleteFlowOptions): { start: () => void; dialog: ReactNode } {
  const { t } = useTranslation('editor');
  const { reportError, announce } = useNotices();
  const { reload } = useRegisterData();
  const [usage, setUsage] = useState<Usage | null>(null);
  const start = () => {
    options.usage().then(setUsage).catch(reportError);
  };
  const confirm = async (choice: DeleteChoice) => {
    setUsage(null);
    try {
      await options.remove(choice);
      await reload();
      announce(t('notices.deleted'));
      options.afterDelete();
    } catch (error) {
      reportError(error);
    }
  };
  const dialog = usage ? (
    <DeleteLinkedDialog
      label={options.label}
      usage={usage}
      replacements={options.replacements}
      allowUnlink={options.allowUnlink}
      onDelete={(choice) => void confirm(choice)}
      onCancel={() => setUsage(null)}
    />
  ) : null;
  return { start, dialog };
}
