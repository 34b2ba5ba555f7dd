/**
 * "Saglabāt kā savu paraugu" in the activity editor: the saved activity
 * becomes one of the register's own templates (`templates:saveActivity`),
 * shown in the library and carried to other registers in a template set.
 * It is the saved activity: with unsaved changes the DPO is asked first, as
 * duplicating does.
 */
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';

export function SaveAsTemplateButton({ activityId, confirmDiscard }: { activityId: string; confirmDiscard: () => Promise<boolean> }) {
  const { t } = useTranslation('library');
  const { reportError, announce } = useNotices();
  const saveAsTemplate = async () => {
    if (!(await confirmDiscard())) return;
    try {
      const template = await call('templates:saveActivity', { activityId });
      announce(t('templates:saved', { id: template.id }));
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <button type="button" onClick={() => void saveAsTemplate()}>
      {t('saveAsTemplate')}
    </button>
  );
}
