/**
 * The open register's status (file, title, read-only) for screens deep in
 * the tree, and the two ways of telling the app it changed underneath:
 * `refresh` after a change to what the status shows (an import that renamed
 * the register), `reloadAll` after its content was replaced (a restore, a
 * whole-register import, reopening it), which remounts every screen so that
 * nothing shown is left over from before. What such an action came to (an
 * import's summary) is kept here, above the remount, as the `outcome` of
 * the screen that ran it, until the user dismisses it or leaves the screen.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { RegisterStatus } from '../../../shared/contract/register.ts';
import type { ScreenName } from './routes.ts';

/** What an action on the register came to, shown on the screen that ran it. */
export interface Outcome {
  screen: ScreenName;
  title: string;
  lines: string[];
}

export interface RegisterStatusValue {
  register: RegisterStatus | null;
  /** Asks main for the status again; the screens stay as they are. */
  refresh(): Promise<void>;
  /** Takes `status` (or asks main for it) and remounts every screen, reloading all data. */
  reloadAll(status?: RegisterStatus): Promise<void>;
  outcome: Outcome | null;
  /** Shows what an action came to (null to dismiss it). */
  setOutcome(outcome: Outcome | null): void;
}

const RegisterStatusContext = createContext<RegisterStatusValue | null>(null);

export function RegisterStatusProvider({ value, children }: { value: RegisterStatusValue; children: ReactNode }) {
  return <RegisterStatusContext.Provider value={value}>{children}</RegisterStatusContext.Provider>;
}

export function useRegisterStatus(): RegisterStatusValue {
  const value = useContext(RegisterStatusContext);
  if (!value) throw new Error('useRegisterStatus outside RegisterStatusProvider');
  return value;
}

/** True when the open register cannot be changed (another instance holds it, or its folder is read-only). */
export function useReadOnly(): boolean {
  return useContext(RegisterStatusContext)?.register?.readOnly ?? false;
}
