/**
 * What every screen picks from: catalogues, organisations, processors and
 * retention rules of the open register, loaded once and reloaded after a
 * change. Activities are not here: their screens load them when shown.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ChannelOutput } from '../../../shared/contract/index.ts';
import type { Catalogues } from '../../../shared/domain/catalogues.ts';
import { call } from './transport.ts';

export type OrganisationRow = ChannelOutput<'organisations:list'>[number];
export type ProcessorRow = ChannelOutput<'processors:list'>[number];
export type RetentionRuleRow = ChannelOutput<'retentionRules:list'>[number];

export interface RegisterData {
  catalogues: Catalogues;
  /** Catalogue name -> entry id -> how many activities use it. */
  catalogueUsage: Record<string, Record<string, number>>;
  organisations: OrganisationRow[];
  processors: ProcessorRow[];
  retentionRules: RetentionRuleRow[];
}

interface RegisterDataValue {
  data: RegisterData | null;
  /** Loads everything again (after a save or a delete). */
  reload(): Promise<void>;
}

const RegisterDataContext = createContext<RegisterDataValue | null>(null);

export async function loadRegisterData(): Promise<RegisterData> {
  const [catalogues, organisations, processors, retentionRules] = await Promise.all([
    call('catalogues:list', {}),
    call('organisations:list', {}),
    call('processors:list', {}),
    call('retentionRules:list', {}),
  ]);
  return { catalogues: catalogues.catalogues, catalogueUsage: catalogues.usage, organisations, processors, retentionRules };
}

export function RegisterDataProvider({ children, onError }: { children: ReactNode; onError: (error: unknown) => void }) {
  const [data, setData] = useState<RegisterData | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await loadRegisterData());
    } catch (error) {
      onError(error);
    }
  }, [onError]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const value = useMemo(() => ({ data, reload }), [data, reload]);
  return <RegisterDataContext.Provider value={value}>{children}</RegisterDataContext.Provider>;
}

export function useRegisterData(): RegisterDataValue {
  const value = useContext(RegisterDataContext);
  if (!value) throw new Error('useRegisterData outside RegisterDataProvider');
  return value;
}
