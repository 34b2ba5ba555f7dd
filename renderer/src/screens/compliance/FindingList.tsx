/**
 * Findings as a list a DPO works through: what is wrong (the message), on
 * which record and field (a link that opens the editor there), and the GDPR
 * provision. Severity is said in words and by an icon's shape, never by
 * colour alone.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslatedFinding } from '../../../../shared/rules/messages.ts';
import { useTranslatedFindings } from '../../api/checks-data.ts';
import type { Severity } from '../../../../shared/rules/types.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { routeToHash } from '../../state/routes.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { findingFieldLabel, findingRoute } from './finding-links.ts';

/** A shape per severity: a filled circle with a cross, a triangle, a circle with "i". */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon severity-icon-${severity}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7.5" />
          <path d="M5 5 L11 11 M11 5 L5 11" className="severity-icon-mark" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 0.8 L15.4 14.6 L0.6 14.6 Z" />
          <path d="M8 5.5 L8 10" className="severity-icon-mark" />
          <circle cx="8" cy="12.4" r="1" className="severity-icon-dot" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7.5" />
          <path d="M8 7 L8 12" className="severity-icon-mark" />
          <circle cx="8" cy="4.4" r="1" className="severity-icon-dot" />
        </>
      )}
    </svg>
  );
}

const SHOWN_AT_FIRST = 8;
/** "Show more" adds this many: a large register has thousands of findings. */
const MORE = 50;

export interface FindingListProps {
  /** As main sent them; written out here in the interface language. */
  findings: TranslatedFinding[];
  /**
   * 'register': each finding links to its record's editor at the field;
   * 'record': the record is open already, each finding moves to its field.
   */
  mode: 'register' | 'record';
  /** For 'record': takes the user to the field. */
  onGoTo?: (finding: TranslatedFinding) => void;
  testId?: string;
}

export function FindingList({ findings, mode, onGoTo, testId }: FindingListProps) {
  const { t } = useTranslation('compliance');
  const { translate } = useLanguage();
  const { navigate } = useNavigation();
  const [limit, setLimit] = useState(SHOWN_AT_FIRST);
  // Only what is shown is written out.
  const shown = useTranslatedFindings(useMemo(() => findings.slice(0, limit), [findings, limit]));
  const rest = findings.length - shown.length;
  return (
    <>
      <ul className="finding-list" data-testid={testId}>
        {shown.map((finding, index) => {
          const field = findingFieldLabel(finding, translate);
          const route = findingRoute(finding);
          return (
            <li key={`${finding.ruleId}:${finding.entity.id}:${finding.field}:${index}`} className={`finding finding-${finding.severity}`} data-testid="finding" data-rule={finding.ruleId}>
              <SeverityIcon severity={finding.severity} />
              <div className="finding-body">
                <p className="finding-title">
                  <span className="visually-hidden">{finding.severityLabel}: </span>
                  {finding.title}
                  <span className="finding-article">{t('finding.article', { article: finding.articleLabel })}</span>
                </p>
                <p className="finding-message">{finding.message}</p>
                {mode === 'register' ? (
                  <a
                    className="finding-link"
                    href={routeToHash(route)}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(route);
                    }}
                  >
                    {finding.entity.type !== 'activity' && <span className="finding-entity">{t(`finding.entity.${finding.entity.type}`)}: </span>}
                    <span className="finding-record">{finding.entity.label}</span>
                    <span className="finding-field"> — {field}</span>
                  </a>
                ) : (
                  <button type="button" className="link finding-link" onClick={() => onGoTo?.(finding)}>
                    {t('editor.goTo', { field })}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {rest > 0 ? (
        <button type="button" className="button-small finding-more" onClick={() => setLimit((value) => value + MORE)}>
          {t('panel.showMore', { count: Math.min(rest, MORE), total: rest })}
        </button>
      ) : (
        limit > SHOWN_AT_FIRST && (
          <button type="button" className="button-small finding-more" onClick={() => setLimit(SHOWN_AT_FIRST)}>
            {t('panel.showFewer')}
          </button>
        )
      )}
    </>
  );
}
