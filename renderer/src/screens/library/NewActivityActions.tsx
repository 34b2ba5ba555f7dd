/** The two ways to a new activity, at the top of the overview and of the activities list: by hand, or from the library. */
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../state/navigation.tsx';

export function NewActivityActions() {
  const { t } = useTranslation('editor');
  const { navigate } = useNavigation();
  return (
    <>
      <button type="button" className="button-primary" onClick={() => navigate({ screen: 'activity', id: 'new' })}>
        {t('activity:list.new')}
      </button>
      <button type="button" onClick={() => navigate({ screen: 'library' })}>
        {t('library:open')}
      </button>
    </>
  );
}
