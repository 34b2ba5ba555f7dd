/**
 * Other people's changes appear within seconds (issue 20). While a register
 * is open the window asks main every couple of seconds what was committed
 * since the newest history entry it knows (`register:changes`, a poll like
 * the import's progress: both transports carry request and answer only).
 * When something changed, the lists reload and the screens that show a
 * record hear which records changed, by whom and when; an open form's
 * unsaved input is never replaced (the editors show "changed by X at T —
 * Reload / Compare" instead: components/conflict).
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RegisterChange } from '../../../shared/contract/live.ts';
import { useRegisterData } from './register-data.tsx';
import { call } from './transport.ts';

/** How often the window asks: "within seconds", at one indexed read (or none, on a team register) per ask. */
export const POLL_MS = 2000;

export interface RegisterChangesValue {
  /** Counts the asks that found changes: a screen whose data may be stale loads again when it moves. */
  version: number;
  /** The newest change heard of a record (by id), while the window is open. */
  changeOf(id: string): RegisterChange | undefined;
  /** Whether the last changes heard include the record (or were too many to list). */
  touches(id: string): boolean;
}

const RegisterChangesContext = createContext<RegisterChangesValue>({ version: 0, changeOf: () => undefined, touches: () => false });

/** Polls for changes while mounted (inside RegisterDataProvider: it reloads the lists). */
export function RegisterChangesProvider({ children }: { children: ReactNode }) {
  const { reload } = useRegisterData();
  const [version, setVersion] = useState(0);
  const heard = useRef(new Map<string, RegisterChange>());
  const last = useRef<{ ids: Set<string>; all: boolean }>({ ids: new Set(), all: false });

  useEffect(() => {
    let head: number | null = null;
    let stopped = false;
    let timer = 0;
    const ask = async () => {
      if (stopped) return;
      if (document.visibilityState !== 'hidden') {
        try {
          const answer = await call('register:changes', { after: head });
          const found = head !== null && (answer.changes.length > 0 || answer.more);
          head = answer.head;
          if (found && !stopped) {
            for (const change of answer.changes) heard.current.set(change.entityId, change);
            last.current = { ids: new Set(answer.changes.map((change) => change.entityId)), all: answer.more };
            await reload();
            setVersion((value) => value + 1);
          }
        } catch {
          // The register closed or main is busy: ask again next time.
        }
      }
      if (!stopped) timer = window.setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [reload]);

  const value = useMemo<RegisterChangesValue>(
    () => ({
      version,
      changeOf: (id) => heard.current.get(id),
      touches: (id) => last.current.all || last.current.ids.has(id),
    }),
    [version],
  );
  return <RegisterChangesContext.Provider value={value}>{children}</RegisterChangesContext.Provider>;
}

export function useRegisterChanges(): RegisterChangesValue {
  return useContext(RegisterChangesContext);
}
