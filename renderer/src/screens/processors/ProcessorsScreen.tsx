/** Apstrādātāji un saņēmēji: the list, and the editor of one. */
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../../shared/domain/catalogues.ts';
import { ProcessorInput, emptyProcessor } from '../../../../shared/domain/processor.ts';
import { formatDate } from '../../../../shared/format.ts';
import { useRegisterData, type ProcessorRow } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { RecordEditorScreen } from '../../components/RecordEditorScreen.tsx';
import { RecordListScreen, type ListColumns } from '../../components/RecordListScreen.tsx';
import { ProcessorFields } from './ProcessorFields.tsx';

const column = createColumnHelper<ProcessorRow>();
const usage = (id: string) => call('processors:usage', { id });

/** Each processor's country is named in the current language. */
const columns: ListColumns<ProcessorRow> = ({ t, compare, data, language }) => {
  const countryName = new Map((data?.catalogues.countries ?? []).map((c) => [c.id, localName(c, language)]));
  return [
    column.accessor('name', { header: t('fields:processor.name'), sortingFn: (a, b) => compare(a.original.name, b.original.name) }),
    column.accessor((p) => t(`fields:enums.processorRole.${p.role}`), { id: 'role', header: t('fields:processor.role'), size: 200 }),
    column.accessor((p) => (p.countryId ? (countryName.get(p.countryId) ?? p.countryId) : ''), { id: 'country', header: t('fields:processor.countryId'), size: 150 }),
    column.accessor('service', { header: t('fields:processor.service'), size: 240, sortingFn: (a, b) => compare(a.original.service, b.original.service) }),
    column.accessor((p) => p.contractExpiry ?? '', { id: 'contractExpiry', header: t('fields:processor.contractExpiry'), size: 175, cell: (info) => formatDate(info.row.original.contractExpiry) }),
    column.accessor('usedBy', { header: t('lists.usedBy'), size: 100 }),
  ];
};

export function ProcessorsScreen() {
  return <RecordListScreen nav="processors" words="processors" testId="processors-table" rows={(data) => data.processors} columns={columns} editor={(id) => ({ screen: 'processor', id })} />;
}

export function ProcessorEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { data } = useRegisterData();
  return (
    <RecordEditorScreen
      id={id}
      records={data?.processors}
      nameOf={(p) => p.name}
      newTitle={t('processors.new')}
      subtitle={(record) => (record ? t(`fields:enums.processorRole.${record.role}`) : t('processors.lead'))}
      helpScope="processor"
      schema={ProcessorInput}
      empty={emptyProcessor}
      save={(values, read) => call('processors:save', { ...(values as ProcessorInput), ...read })}
      stored={() => call('processors:get', { id })}
      remove={(read, choice) => call('processors:delete', { ...read, ...choice })}
      usage={usage}
      listRoute={{ screen: 'processors' }}
      editorRoute={(savedId) => ({ screen: 'processor', id: savedId })}
      labelOf={(path) => t(`fields:processor.${path.split('.')[0]}`)}
    >
      <ProcessorFields selfId={id === 'new' ? undefined : id} />
    </RecordEditorScreen>
  );
}
