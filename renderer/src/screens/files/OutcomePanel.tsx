/**
 * What an action on the register came to (an import's summary, a restore),
 * shown on the screen that ran it until dismissed. It lives above the
 * screens (register-status.tsx), so it survives the remount that follows a
 * restore or a whole-register import.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterStatus } from '../../state/register-status.tsx';
import type { ScreenName } from '../../state/routes.ts';

export function OutcomePanel({ screen, children }: { screen: ScreenName; children?: ReactNode }) {
  const { t } = useTranslation('filesUi');
  const { outcome, setOutcome } = useRegisterStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = outcome && outcome.screen === screen ? outcome : null;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <section className="panel outcome-panel" role="status" aria-labelledby="outcome-title" data-testid="outcome">
      <h2 id="outcome-title" ref={heading} tabIndex={-1}>
        {shown.title}
      </h2>
      {shown.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="button-row">
        {children}
        <button type="button" onClick={() => setOutcome(null)}>
          {t('common.dismiss')}
        </button>
      </div>
    </section>
  );
}
