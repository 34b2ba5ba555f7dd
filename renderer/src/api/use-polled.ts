/**
 * Asks main something a few times a second while the component is shown
 * (the progress of a long call: the transports carry requests and answers
 * only, so the window asks). A missed answer is harmless: the next follows.
 */
import { useEffect, useRef, useState } from 'react';

/** The last answer of `ask`, asked every `everyMs` while `active`; null before the first. */
export function usePolled<T>(ask: () => Promise<T>, everyMs = 250, active = true): T | null {
  const [answer, setAnswer] = useState<T | null>(null);
  const latest = useRef(ask);
  latest.current = ask;
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await latest.current();
        if (!stopped) setAnswer(next);
      } catch {
        // A missed report is harmless: the next one follows.
      }
      if (!stopped) timer = setTimeout(() => void poll(), everyMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, everyMs]);
  return answer;
}
