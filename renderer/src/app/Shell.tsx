/** The window: header (register, language), the main navigation and the screen. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contract/register.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { LanguageOptions } from '../components/LanguageOptions.tsx';
import { rememberLanguage } from '../i18n/stored-language.ts';
import { useNavigation } from '../state/navigation.tsx';
import { ReadOnlyBanner } from './ReadOnlyBanner.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { TaskProgress } from './TaskProgress.tsx';
import { AuthorPrompt } from '../screens/versions/AuthorPrompt.tsx';
import { routeToHash, sectionOf, type Route } from '../state/routes.ts';

const NAV: Array<{ route: Route; key: string; labelKey?: string }> = [
  { route: { screen: 'overview' }, key: 'overview' },
  { route: { screen: 'activities' }, key: 'activities' },
  { route: { screen: 'processors' }, key: 'processors' },
  { route: { screen: 'retentionRules' }, key: 'retentionRules' },
  { route: { screen: 'organisations' }, key: 'organisations' },
  { route: { screen: 'catalogues', catalogue: 'dataCategories' }, key: 'catalogues' },
  { route: { screen: 'breaches' }, key: 'breaches', labelKey: 'dpoRecords:breach._plural' },
  { route: { screen: 'requests' }, key: 'requests', labelKey: 'dpoRecords:request._plural' },
  { route: { screen: 'history' }, key: 'history' },
  { route: { screen: 'report' }, key: 'report', labelKey: 'filesUi:nav.report' },
  { route: { screen: 'notice' }, key: 'notice', labelKey: 'notice:ui.nav' },
  { route: { screen: 'files' }, key: 'files' },
];

export function Shell({ register, children }: { register: RegisterStatus | null; children: ReactNode }) {
  const { t, i18n } = useTranslation('editor');
  const { route, navigate } = useNavigation();
  const current = register ? sectionOf(route) : 'files';
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skip')}
      </a>
      <header className="app-header">
        <span className="app-title">{t('shell.brand')}</span>
        {register && (
          <span className="register-name" title={register.path}>
            {register.info.title || register.fileName}
            {register.readOnly && <span className="badge badge-warning">{t('ui:shell.readOnly')}</span>}
          </span>
        )}
        <div className="header-actions">
          <label htmlFor="language-select">{t('ui:shell.language')}</label>
          <select
            id="language-select"
            value={i18n.language}
            onChange={(event) => {
              const language = event.target.value as Language;
              rememberLanguage(language);
              void i18n.changeLanguage(language);
            }}
          >
            <LanguageOptions />
          </select>
        </div>
      </header>
      <div className="app-body">
        {register && (
          <nav className="app-nav" aria-label={t('shell.navigation')}>
            <ul>
              {NAV.map((item) => (
                <li key={item.key}>
                  <a
                    href={routeToHash(item.route)}
                    aria-current={current === item.route.screen ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(item.route);
                    }}
                  >
                    {t(item.labelKey ?? `nav.${item.key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" className="app-main" tabIndex={-1}>
          {register?.readOnly && <ReadOnlyBanner register={register} />}
          {register && <ConnectionBanner />}
          {register && <AuthorPrompt />}
          {register && <TaskProgress />}
          {children}
        </main>
      </div>
    </div>
  );
}
