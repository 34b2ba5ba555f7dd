/**
 * On the overview: each issued notice and whether the register has since
 * changed in a way that would change it ("the customers' notice of
 * 01.03.2026 is out of date: 2 changes"), with a link to the notice screen.
 * Nothing is shown while no notice has been issued.
 */
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { presetNoticeAudience } from './NoticeScreen.tsx';

export function NoticeStatusPanel() {
  const { t } = useTranslation('notice');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const id = useId();
  const load = useCallback(() => call('notice:statuses', {}), []);
  const { value: statuses } = useLoad(load, reportError);
  const issued = (statuses ?? []).filter((s) => s.lastIssue !== null);
  if (issued.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={`${id}-notices`} data-testid="notice-statuses">
      <h2 id={`${id}-notices`}>{t('ui.statusTitle')}</h2>
      <ul>
        {issued.map((status) => {
          const audience = status.audience.map((a) => (language === 'lv' ? a.lv : a.en)).join(', ');
          const params = { audience, date: formatDate(status.lastIssue?.noticeDate), version: status.lastIssue?.version, count: status.changes };
          return (
            <li key={status.noticeId} className={status.changes > 0 ? 'notice-outdated' : undefined}>
              {status.changes > 0 ? t('ui.outOfDate', params) : t('ui.upToDate', params)}{' '}
              <a
                href="#/notice"
                onClick={(event) => {
                  event.preventDefault();
                  presetNoticeAudience(status.organisationId, status.audienceIds);
                  navigate({ screen: 'notice' });
                }}
              >
                {t('ui.open')}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
