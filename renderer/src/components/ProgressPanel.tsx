/**
 * How far a long operation in main has come, and the button that stops it:
 * one design for the Excel import's own progress (ImportProgressPanel) and
 * for every other long call (TaskProgress: checks, JSON import, exports,
 * restore). The text is a polite live region (role=status), the bar a
 * native <progress> (indeterminate while the total is unknown), and Cancel
 * an ordinary button, reachable with Tab.
 */

export interface ProgressPanelProps {
  /** The bar's accessible name. */
  label: string;
  /** What is happening now, e.g. "Nolasa šūnas: 1 200 no 48 000". */
  text: string;
  /** 0–100, or null while the total is unknown (an indeterminate bar). */
  percent: number | null;
  /** The bar's value as read aloud, when `percent` is known. */
  percentText?: string | undefined;
  cancelLabel: string;
  cancellingLabel: string;
  cancelling: boolean;
  onCancel: () => void;
  testId: string;
}

export function ProgressPanel({ label, text, percent, percentText, cancelLabel, cancellingLabel, cancelling, onCancel, testId }: ProgressPanelProps) {
  return (
    <div className="progress-panel" data-testid={testId}>
      <label>
        <span role="status">{text}</span>
        {percent === null ? (
          <progress max={100} aria-label={label} />
        ) : (
          <progress max={100} value={percent} aria-label={label} aria-valuetext={percentText} />
        )}
      </label>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? cancellingLabel : cancelLabel}
      </button>
    </div>
  );
}
