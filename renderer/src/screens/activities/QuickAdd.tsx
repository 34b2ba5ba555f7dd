/**
 * Adding what a picker lacks without leaving the activity form: a catalogue
 * entry, a processor or a retention rule, in a dialog. The new entry is
 * saved at once (it is useful beyond this activity) and picked.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueInputs, type CatalogueName } from '../../../../shared/domain/catalogues.ts';
import { ProcessorInput, emptyProcessor } from '../../../../shared/domain/processor.ts';
import { RetentionRuleInput, emptyRetentionRule } from '../../../../shared/domain/retention.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { RecordDialog } from '../../components/RecordDialog.tsx';
import { CatalogueEntryFields, catalogueDefaults } from '../catalogues/CatalogueEntryFields.tsx';
import { ProcessorFields } from '../processors/ProcessorFields.tsx';
import { RetentionRuleFields } from '../retention/RetentionRuleFields.tsx';

/** Uses the new entry's id; may answer the notice to announce instead of "added and selected". */
type Created = (id: string) => string | void;
type Request = { kind: 'catalogue'; catalogue: CatalogueName; onCreated: Created } | { kind: 'processor'; onCreated: Created } | { kind: 'retentionRule'; onCreated: Created };

interface QuickAddValue {
  catalogueEntry(catalogue: CatalogueName, onCreated: Created): void;
  processor(onCreated: Created): void;
  retentionRule(onCreated: Created): void;
}

const QuickAddContext = createContext<QuickAddValue | null>(null);

export function useQuickAdd(): QuickAddValue {
  const value = useContext(QuickAddContext);
  if (!value) throw new Error('useQuickAdd outside QuickAddProvider');
  return value;
}

/** Place it outside the <form> it serves: the dialog has a form of its own. */
export function QuickAddProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { reload } = useRegisterData();
  const { announce } = useNotices();
  const [request, setRequest] = useState<Request | null>(null);
  const value = useMemo<QuickAddValue>(
    () => ({
      catalogueEntry: (catalogue, onCreated) => setRequest({ kind: 'catalogue', catalogue, onCreated }),
      processor: (onCreated) => setRequest({ kind: 'processor', onCreated }),
      retentionRule: (onCreated) => setRequest({ kind: 'retentionRule', onCreated }),
    }),
    [],
  );
  const done = async (id: string) => {
    await reload();
    const notice = request?.onCreated(id);
    setRequest(null);
    announce(notice ?? t('editor:notices.added'));
  };
  const close = () => setRequest(null);
  return (
    <QuickAddContext.Provider value={value}>
      {children}
      {request?.kind === 'catalogue' && (
        <RecordDialog
          title={t('editor:quickAdd.catalogueTitle', { catalogue: t(`fields:catalogues.${request.catalogue}`) })}
          schema={catalogueInputs[request.catalogue]}
          defaults={catalogueDefaults(request.catalogue) as Record<string, unknown>}
          save={async (entry) => String((await call('catalogues:save', { catalogue: request.catalogue, entry } as never)).id)}
          onSaved={(id) => void done(id)}
          onClose={close}
        >
          <CatalogueEntryFields catalogue={request.catalogue} />
        </RecordDialog>
      )}
      {request?.kind === 'processor' && (
        <RecordDialog
          title={t('editor:quickAdd.processorTitle')}
          helpScope="processor"
          schema={ProcessorInput}
          defaults={emptyProcessor()}
          save={async (input) => (await call('processors:save', input)).id}
          onSaved={(id) => void done(id)}
          onClose={close}
        >
          <ProcessorFields brief />
        </RecordDialog>
      )}
      {request?.kind === 'retentionRule' && (
        <RecordDialog
          title={t('editor:quickAdd.retentionRuleTitle')}
          helpScope="retentionRule"
          schema={RetentionRuleInput}
          defaults={emptyRetentionRule()}
          save={async (input) => (await call('retentionRules:save', input)).id}
          onSaved={(id) => void done(id)}
          onClose={close}
        >
          <RetentionRuleFields brief />
        </RecordDialog>
      )}
    </QuickAddContext.Provider>
  );
}
