/**
 * While the Excel import screen waits for main (reading a workbook,
 * planning it again, importing it), how far the worker has come and a
 * button that stops it. Main answers `import:xlsxProgress` at once, so it is
 * asked a few times a second (the transports carry requests and answers
 * only); `import:xlsxCancel` terminates the worker, and the screen's
 * pending call then answers CANCELLED.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/contract/import-progress.ts';
import { call } from '../../api/transport.ts';
import { usePolled } from '../../api/use-polled.ts';
import { ProgressPanel } from '../../components/ProgressPanel.tsx';
import { useLanguage } from '../../i18n/use-language.ts';

/** Shown while `busy`; `onCancelled` is told once main has stopped the worker. */
export function ImportProgressPanel({ onCancelled }: { onCancelled: () => void }) {
  const { t } = useTranslation('importProgress');
  const { language } = useLanguage();
  const progress = usePolled<ImportProgress>(() => call('import:xlsxProgress', {}));
  const [cancelling, setCancelling] = useState(false);
  const number = (value: number) => value.toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB');
  const running = progress?.running === true;
  const phase = running ? (progress.phase ?? 'starting') : 'starting';
  const text = t(`phases.${phase}`, {
    cells: number(progress?.cells ?? 0),
    total: number(progress?.totalCells ?? 0),
    rows: number(progress?.rows ?? 0),
  });
  const percent = running ? progress.percent : 0;
  const cancel = async () => {
    setCancelling(true);
    try {
      if ((await call('import:xlsxCancel', {})).cancelled) onCancelled();
    } finally {
      setCancelling(false);
    }
  };
  return (
    <ProgressPanel
      testId="import-progress"
      label={t('label')}
      text={text}
      percent={percent}
      percentText={t('percent', { percent: Math.floor(percent) })}
      cancelLabel={t('cancel')}
      cancellingLabel={t('cancelling')}
      cancelling={cancelling}
      onCancel={() => void cancel()}
    />
  );
}
