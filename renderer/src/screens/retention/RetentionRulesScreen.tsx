/** Glabāšanas noteikumi: the list, and the editor of one. */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RetentionRuleInput } from '../../../../shared/domain/retention.ts';
import { collator, sortByText } from '../../../../shared/format.ts';
import { useRegisterData, type RetentionRuleRow } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordEditor, editableFields, storedRecord } from '../../components/RecordEditor.tsx';
import { UsagePanel } from '../../components/UsagePanel.tsx';
import { noUsage, useDeleteFlow } from '../../components/use-delete-flow.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { periodText } from '../activities/sections/RetentionSection.tsx';
import { RetentionRuleFields, retentionRuleDefaults } from './RetentionRuleFields.tsx';

const column = createColumnHelper<RetentionRuleRow>();

export function RetentionRulesScreen() {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { data } = useRegisterData();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const columns = useMemo(() => {
    const compare = collator(language).compare;
    return [
      column.accessor('name', { header: t('fields:retentionRule.name'), sortingFn: (a, b) => compare(a.original.name, b.original.name) }),
      column.accessor((r) => periodText(r, t), { id: 'period', header: t('fields:retentionRule.period'), size: 240 }),
      column.accessor((r) => `${r.legalSource} ${r.legalArticle}`.trim(), { id: 'legalSource', header: t('fields:retentionRule.legalSource'), size: 240 }),
      column.accessor((r) => t(`fields:enums.expiryAction.${r.actionAtExpiry}`), { id: 'action', header: t('fields:retentionRule.actionAtExpiry'), size: 170 }),
      column.accessor('usedBy', { header: t('lists.usedBy'), size: 110 }),
    ];
  }, [t, language]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('nav.retentionRules')}
        subtitle={t('retention.lead')}
        actions={
          <button type="button" className="button-primary" onClick={() => navigate({ screen: 'retentionRule', id: 'new' })}>
            {t('retention.new')}
          </button>
        }
      />
      {data && (
        <DataTable
          testId="retention-table"
          data={data.retentionRules}
          columns={columns}
          getRowId={(r) => r.id}
          onOpen={(r) => navigate({ screen: 'retentionRule', id: r.id })}
          caption={t('nav.retentionRules')}
          emptyText={t('retention.empty')}
          sorting={sorting}
          onSortingChange={setSorting}
        />
      )}
    </section>
  );
}

export function RetentionRuleEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data, reload } = useRegisterData();
  const record = data?.retentionRules.find((r) => r.id === id) ?? null;
  const loadUsage = useCallback(() => call('retentionRules:usage', { id }), [id]);
  const { value: usage } = useLoad(id === 'new' ? noUsage : loadUsage, reportError);
  const deletion = useDeleteFlow({
    label: record?.name ?? '',
    usage: loadUsage,
    replacements: sortByText(data?.retentionRules.filter((r) => r.id !== id) ?? [], (r) => r.name, language).map((r) => ({ value: r.id, label: r.name })),
    remove: (choice) => (record ? call('retentionRules:delete', { id, revision: record.revision, ...choice }) : Promise.resolve()),
    afterDelete: () => navigate({ screen: 'retentionRules' }, { force: true }),
  });
  if (!data) return <p>{t('loading')}</p>;
  if (id !== 'new' && !record) return <p>{t('notFound')}</p>;
  return (
    <>
      <RecordEditor
        key={record ? record.id : 'new'}
        isNew={!record}
        helpScope="retentionRule"
        title={record?.name ?? t('retention.new')}
        subtitle={record ? periodText(record, t) : t('retention.lead')}
        schema={RetentionRuleInput}
        initial={record ? editableFields(record) : retentionRuleDefaults()}
        save={(values, revision) => call('retentionRules:save', { ...(values as RetentionRuleInput), ...(record ? { id: record.id, revision: revision ?? record.revision } : {}) })}
        revision={record?.revision}
        recordId={record?.id}
        stored={storedRecord(async () => (await call('retentionRules:list', {})).find((r) => r.id === id))}
        refresh={() => void reload()}
        afterSave={(savedId) => {
          void reload();
          if (!record) navigate({ screen: 'retentionRule', id: savedId }, { replace: true, force: true });
        }}
        onBack={() => navigate({ screen: 'retentionRules' })}
        backLabel={t('actions.backToList')}
        onDelete={record ? deletion.start : undefined}
        aside={record ? <UsagePanel usage={usage} /> : undefined}
        labelOf={(path) => t(`fields:retentionRule.${path.split('.')[0]}`)}
      >
        <RetentionRuleFields />
      </RecordEditor>
      {deletion.dialog}
    </>
  );
}
