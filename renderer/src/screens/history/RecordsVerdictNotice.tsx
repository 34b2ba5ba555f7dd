import { useTranslation } from 'react-i18next';
import type { RecordsVerdict } from '../../../../shared/contract/verify.ts';

/**
 * What the history check found of the records: that they are what the
 * history last recorded, or each record changed, added or deleted outside
 * the app, named with its fields (main/services/verify-records.ts).
 */
export function RecordsVerdictNotice({ records, fingerprint }: { records: RecordsVerdict; fingerprint?: string | undefined }) {
  const { t } = useTranslation('verify');
  if (records.intact) {
    return (
      <div className="notice notice-success records-verdict" role="status" data-testid="records-intact">
        <span>
          {t('recordsIntact', { records: records.records })}
          {fingerprint && (
            <>
              {' '}
              {t('fingerprintLabel')} <code className="hash">{fingerprint}</code>
            </>
          )}
        </span>
      </div>
    );
  }
  return (
    <section className="panel panel-error records-broken" role="alert" aria-labelledby="records-broken-title" data-testid="records-broken">
      <h2 id="records-broken-title">{t('recordsBroken', { count: records.differences.length })}</h2>
      <ul>
        {records.differences.map((difference) => (
          <li key={`${difference.entityType} ${difference.entityId}`}>
            {t(`difference.${difference.kind}`, {
              type: t(`screens:history.types.${difference.entityType}`),
              id: difference.entityId,
              label: difference.label,
              fields: difference.fields.join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
