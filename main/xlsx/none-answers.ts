/**
 * "None" written in a list's cell ("Saņēmēju nav", "No transfers to third
 * countries"): the workbook shows an activity's explicit "none" answer
 * (issue 15) this way, and reading the cell back must give the answer, not
 * an unknown recipient called "Saņēmēju nav".
 */
import { translator } from '../../shared/i18n/index.ts';
import { normalise } from './column-map.ts';

export type NoneList = 'recipients' | 'transfers' | 'processors';

const NONE_TEXTS: Record<NoneList, Set<string>> = {
  recipients: new Set(),
  transfers: new Set(),
  processors: new Set(),
};
for (const lang of ['lv', 'en'] as const) {
  const t = translator(lang);
  for (const list of Object.keys(NONE_TEXTS) as NoneList[]) NONE_TEXTS[list].add(normalise(t(`model:none.${list}`)));
}

/** Whether a cell's text is the "none" answer for `list`, in either language. */
export function isNoneAnswer(text: string, list: NoneList): boolean {
  return text.trim() !== '' && NONE_TEXTS[list].has(normalise(text));
}
