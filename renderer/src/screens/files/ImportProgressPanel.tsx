/**
 * While the Excel import screen waits for main (reading a workbook,
 * planning it again, importing it), how far the worker has come and a
 * button that stops it. Main answers `import:xlsxProgress` at once, so it is
 * asked a few times a second (the transports carry requests and answers
 * only); `import:xlsxCancel` terminates the worker, and the screen's
 * pending call then answers CANCELLED.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/contract/import-progress.ts';
import { call } from '../../api/transport.ts';
import { useLanguage } from '../../i18n/use-language.ts';

const POLL_MS = 250;

function useImportProgress(): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const next = await call('import:xlsxProgress', {});
        if (!stopped) setProgress(next);
      } catch {
        // A missed report is harmless: the next one follows.
      }
      if (!stopped) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return progress;
}

/** Shown while `busy`; `onCancelled` is told once main has stopped the worker. */
export function ImportProgressPanel({ onCancelled }: { onCancelled: () => void }) {
  const { t } = useTranslation('importProgress');
  const { language } = useLanguage();
  const progress = useImportProgress();
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
    <div className="import-progress" data-testid="import-progress">
      <label>
        <span role="status">{text}</span>
        <progress max={100} value={percent} aria-label={t('label')} aria-valuetext={t('percent', { percent: Math.floor(percent) })} />
      </label>
      <button type="button" onClick={() => void cancel()} disabled={cancelling}>
        {cancelling ? t('cancelling') : t('cancel')}
      </button>
    </div>
  );
}
