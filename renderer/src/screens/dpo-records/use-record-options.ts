/** Choices the breach and request editors offer: organisations, activities (of the chosen organisation), processors. */
import { useCallback, useMemo } from 'react';
import type { Option } from '../../components/form/controls.tsx';
import type { PickOption } from '../../components/PickList.tsx';
import { sortByText } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNotices } from '../../state/notices.tsx';
import { useLanguage } from '../../i18n/use-language.ts';

export function useRecordOptions(organisationId: string | undefined): { organisations: Option[]; activities: PickOption[]; processors: PickOption[] } {
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const { reportError } = useNotices();
  const loadActivities = useCallback(() => call('activities:list', {}), []);
  const { value: activities } = useLoad(loadActivities, reportError);
  return useMemo(
    () => ({
      organisations: sortByText(data?.organisations ?? [], (o) => o.name, language).map((o) => ({ value: o.id, label: o.name })),
      activities: (activities ?? [])
        .filter((a) => !organisationId || a.organisationId === organisationId)
        .map((a) => ({ id: a.id, label: `${a.number} ${a.name}`.trim() })),
      processors: sortByText(data?.processors ?? [], (p) => p.name, language).map((p) => ({ id: p.id, label: p.name })),
    }),
    [data, activities, organisationId, language],
  );
}
