/**
 * The progress of a long call and its Cancel button, for every screen
 * (issue 12): while the window waits for a long call (the checks of a big
 * register, a JSON import, an Excel or PDF export, a backup restore, the
 * as-of rebuild), this panel asks main `tasks:progress` a few times a second
 * and shows the call's stage and `done` of `total`; Cancel sends
 * `tasks:cancel` for that call. Main answers both at once even while the
 * engine is busy (docs/engine-worker.md). When the call then answers
 * CANCELLED, a notice says that nothing changed (the write was rolled back,
 * the export left no file).
 *
 * Shown only once a call has run for SHOW_AFTER_MS, so quick calls on a
 * small register do not flash a bar. Same design as the Excel import's own
 * progress (components/ProgressPanel.tsx).
 *
 * A modal dialog (a native <dialog>, components/Dialog.tsx) makes the rest
 * of the page inert: the JSON import and the restore run from one. While a
 * modal is open the panel and the notice are therefore shown inside it
 * (a portal), where Cancel can be reached and the live region is heard.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { RunningTask } from '../../../shared/contract/tasks.ts';
import { tasks } from '../../../shared/i18n/resources/tasks.ts';
import { dismissCancelNotice, longCallsState, noteCancelRequested, subscribeLongCalls, type LongCall } from '../api/long-calls.ts';
import { call } from '../api/transport.ts';
import { usePolled } from '../api/use-polled.ts';
import { ProgressPanel } from '../components/ProgressPanel.tsx';
import { useLanguage } from '../i18n/use-language.ts';

const SHOW_AFTER_MS = 400;
/** The stages main reports that have a text; any other is shown as 'working'. */
const STAGES: ReadonlySet<string> = new Set(Object.keys(tasks.lv.stages));

/** The oldest long call once it has run for SHOW_AFTER_MS, else null. */
function useSlowCall(): LongCall | null {
  const { calls } = useSyncExternalStore(subscribeLongCalls, longCallsState);
  const oldest = calls[0] ?? null;
  const [, setTick] = useState(0);
  const waitMs = oldest ? oldest.startedAt + SHOW_AFTER_MS - Date.now() : 0;
  useEffect(() => {
    if (!oldest || waitMs <= 0) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), waitMs);
    return () => clearTimeout(timer);
  }, [oldest, waitMs]);
  return oldest && waitMs <= 0 ? oldest : null;
}

function RunningCallPanel({ slow }: { slow: LongCall }) {
  const { t } = useTranslation('tasks');
  const { language } = useLanguage();
  const answer = usePolled(() => call('tasks:progress', {}));
  const task: RunningTask | undefined = answer?.running.find((running) => running.channel === slow.channel);
  const progress = task?.progress ?? null;
  const stage = progress && STAGES.has(progress.stage) ? progress.stage : progress ? 'working' : 'starting';
  const number = (value: number) => value.toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB');
  const counted = progress?.total ? `: ${t('count', { done: number(progress.done), total: number(progress.total) })}` : '';
  const percent = progress?.total ? Math.min(100, (100 * progress.done) / progress.total) : null;
  const cancel = () => {
    noteCancelRequested(slow.channel);
    void call('tasks:cancel', { channel: slow.channel }).catch(() => undefined);
  };
  return (
    <ProgressPanel
      testId="task-progress"
      label={t('label')}
      text={`${t(`stages.${stage}`)}${counted}`}
      percent={percent}
      percentText={percent === null ? undefined : t('percent', { percent: Math.floor(percent) })}
      cancelLabel={t('cancel')}
      cancellingLabel={t('cancelling')}
      cancelling={slow.cancelRequested}
      onCancel={cancel}
    />
  );
}

/** The panel while a long call runs, and the notice after the user cancelled one. */
export function TaskProgress() {
  const { t } = useTranslation('tasks');
  const slow = useSlowCall();
  const { cancelNotice } = useSyncExternalStore(subscribeLongCalls, longCallsState);
  // A dialog closing moves the panel or the notice back into the page ('close' does not bubble: captured).
  const [, setClosedDialogs] = useState(0);
  useEffect(() => {
    const onClose = () => setClosedDialogs((count) => count + 1);
    document.addEventListener('close', onClose, true);
    return () => document.removeEventListener('close', onClose, true);
  }, []);
  const area = (
    <div className="task-progress-area">
      {slow && (
        <div className="task-progress">
          <RunningCallPanel key={slow.id} slow={slow} />
        </div>
      )}
      <div role="status" aria-live="polite">
        {cancelNotice && (
          <p className="notice notice-success" data-testid="task-cancelled">
            {t('cancelled')}{' '}
            <button type="button" onClick={dismissCancelNotice}>
              {t('dismiss')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
  // The open modal dialog, if any: outside it the panel would be inert.
  const modal = document.querySelector('dialog:modal');
  return modal ? createPortal(area, modal) : area;
}
