import { useTranslation } from 'react-i18next';
import { SECTIONS, sectionOfPath } from './activity-form.ts';

/** The editor's table of contents: jumps to a section and shows which ones hold errors. */
export function SectionNav({ showControllers, errorPaths }: { showControllers: boolean; errorPaths: string[] }) {
  const { t } = useTranslation('editor');
  const withErrors = new Set(errorPaths.map(sectionOfPath));
  const sections = SECTIONS.filter((section) => section !== 'controllers' || showControllers);
  return (
    <nav className="section-nav" aria-label={t('activity:editor.sectionsNav')}>
      <ol>
        {sections.map((section) => (
          <li key={section}>
            <a
              href={`#sec-${section}`}
              className={withErrors.has(section) ? 'has-errors' : undefined}
              onClick={(event) => {
                event.preventDefault();
                const heading = document.getElementById(`sec-${section}-title`);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus({ preventScroll: true });
              }}
            >
              {t(`activity:sections.${section}`)}
              {withErrors.has(section) && <span className="nav-error"> ({t('activity:editor.hasErrors')})</span>}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
