/** A working indicator with its text ("Sagatavo atskaiti…"), announced politely to screen readers. */
export function Busy({ text }: { text: string }) {
  return (
    <span className="busy" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </span>
  );
}
