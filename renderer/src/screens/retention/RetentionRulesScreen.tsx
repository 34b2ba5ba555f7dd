/** Glabāšanas noteikumi: the list, and the editor of one. */
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { RetentionRuleInput, emptyRetentionRule } from '../../../../shared/domain/retention.ts';
import { useRegisterData, type RetentionRuleRow } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { RecordEditorScreen } from '../../components/RecordEditorScreen.tsx';
import { RecordListScreen, type ListColumns } from '../../components/RecordListScreen.tsx';
import { periodText } from '../activities/sections/RetentionSection.tsx';
import { RetentionRuleFields } from './RetentionRuleFields.tsx';

const column = createColumnHelper<RetentionRuleRow>();
const usage = (id: string) => call('retentionRules:usage', { id });

const columns: ListColumns<RetentionRuleRow> = ({ t, compare }) => [
  column.accessor('name', { header: t('fields:retentionRule.name'), sortingFn: (a, b) => compare(a.original.name, b.original.name) }),
  column.accessor((r) => periodText(r, t), { id: 'period', header: t('fields:retentionRule.period'), size: 240 }),
  column.accessor((r) => `${r.legalSource} ${r.legalArticle}`.trim(), { id: 'legalSource', header: t('fields:retentionRule.legalSource'), size: 240 }),
  column.accessor((r) => t(`fields:enums.expiryAction.${r.actionAtExpiry}`), { id: 'action', header: t('fields:retentionRule.actionAtExpiry'), size: 170 }),
  column.accessor('usedBy', { header: t('lists.usedBy'), size: 110 }),
];

export function RetentionRulesScreen() {
  return <RecordListScreen nav="retentionRules" words="retention" testId="retention-table" rows={(data) => data.retentionRules} columns={columns} editor={(id) => ({ screen: 'retentionRule', id })} />;
}

export function RetentionRuleEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { data } = useRegisterData();
  return (
    <RecordEditorScreen
      id={id}
      records={data?.retentionRules}
      nameOf={(r) => r.name}
      newTitle={t('retention.new')}
      subtitle={(record) => (record ? periodText(record, t) : t('retention.lead'))}
      helpScope="retentionRule"
      schema={RetentionRuleInput}
      empty={emptyRetentionRule}
      save={(values, read) => call('retentionRules:save', { ...(values as RetentionRuleInput), ...read })}
      stored={async () => (await call('retentionRules:list', {})).find((r) => r.id === id)}
      remove={(read, choice) => call('retentionRules:delete', { ...read, ...choice })}
      usage={usage}
      listRoute={{ screen: 'retentionRules' }}
      editorRoute={(savedId) => ({ screen: 'retentionRule', id: savedId })}
      labelOf={(path) => t(`fields:retentionRule.${path.split('.')[0]}`)}
    >
      <RetentionRuleFields />
    </RecordEditorScreen>
  );
}
