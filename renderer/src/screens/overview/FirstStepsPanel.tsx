/**
 * The overview of a register with no organisation or no activity: what to do
 * first, with a button for each step, in place of the findings and charts
 * (which would say "no findings" of a register that holds nothing).
 */
import { useTranslation } from 'react-i18next';
import type { FirstStep } from '../../../../shared/rules/first-steps.ts';
import { useNavigation } from '../../state/navigation.tsx';

export function FirstStepsPanel({ steps }: { steps: readonly FirstStep[] }) {
  const { t } = useTranslation('library');
  const { navigate } = useNavigation();
  return (
    <section className="panel notice-warning" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h2 id="first-steps-title">{t('firstSteps.title')}</h2>
      <p>{t('firstSteps.lead')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step}>
            {t(`firstSteps.${step}`)}{' '}
            {step === 'organisation' ? (
              <button type="button" className="button-primary" onClick={() => navigate({ screen: 'organisation', id: 'new' })}>
                {t('firstSteps.openOrganisation')}
              </button>
            ) : (
              <button type="button" className="button-primary" disabled={steps.includes('organisation')} onClick={() => navigate({ screen: 'library' })}>
                {t('open')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
