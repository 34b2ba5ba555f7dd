/**
 * Template sets on the library screen: the register's own templates written
 * to a JSON file, and a set file's templates added to them. Main asks for
 * the file (a native dialog, or in browser mode the workspace's choice).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';

export function TemplateSetTools({ hasOwn, onImported }: { hasOwn: boolean; onImported: () => void }) {
  const { t } = useTranslation('library');
  const { reportError, announce } = useNotices();
  const id = useId();
  const exportSet = async () => {
    try {
      const result = await call('templates:export', {});
      announce(t('templates:exported', { count: result.count, file: result.fileName }));
    } catch (error) {
      reportError(error);
    }
  };
  const importSet = async () => {
    try {
      const result = await call('templates:import', {});
      announce(t('templates:imported', { count: result.count }));
      onImported();
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-sets`}>
      <h2 id={`${id}-sets`}>{t('set.title')}</h2>
      <p className="muted">{t('set.lead')}</p>
      {!hasOwn && <p className="muted">{t('set.noOwn')}</p>}
      <div className="button-row">
        <button type="button" disabled={!hasOwn} onClick={() => void exportSet()}>
          {t('set.export')}
        </button>
        <button type="button" onClick={() => void importSet()}>
          {t('set.import')}
        </button>
      </div>
    </section>
  );
}
