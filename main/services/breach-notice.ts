/**
 * The notification draft of a breach: the content Art. 33(3) asks of a
 * notification to the supervisory authority, taken from the breach record
 * and the register it links to, as plain text to paste into DVI's form (and
 * as the body of the PDF draft). In Latvian or English.
 */
import type { Kysely } from 'kysely';
import type { Breach } from '../../shared/domain/breach.ts';
import { notificationDelayHours, BREACH_NOTICE_HOURS } from '../../shared/dpo-deadlines.ts';
import { formatDate, formatTimestamp, isoToday } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import type { DB } from '../db/schema.ts';
import { listCatalogue } from '../db/repositories/catalogue-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';

/** One heading and its lines. */
export interface NoticeSection {
  heading: string;
  lines: string[];
}

/** The draft's title and sections, for the text and the PDF alike. */
export async function breachNotice(db: Kysely<DB>, breach: Breach, lang: Language, today: string): Promise<{ title: string; sections: NoticeSection[]; footer: string }> {
  const t = translator(lang);
  const f = (key: string) => t(`dpoRecords:breach.${key}`);
  const unknown = t('dpoRecords:notice.unknown');
  const name = (entry: { nameLv: string; nameEn: string }) => (lang === 'lv' ? entry.nameLv || entry.nameEn : entry.nameEn || entry.nameLv);
  const organisation = (await listOrganisations(db)).find((o) => o.id === breach.organisationId);
  const subjects = new Map((await listCatalogue(db, 'dataSubjectCategories')).map((e) => [e.id, e]));
  const categories = new Map((await listCatalogue(db, 'dataCategories')).map((e) => [e.id, e]));
  const processors = new Map((await loadProcessors(db, breach.processorIds)).map((p) => [p.id, p.name]));
  const activities = breach.activityIds.length
    ? await db.selectFrom('activity').select(['id', 'number', 'name']).where('id', 'in', breach.activityIds).execute()
    : [];
  const activityLabel = new Map(activities.map((a) => [a.id, `${a.number} ${a.name}`.trim()]));
  const list = (values: string[]) => (values.length ? values.join('; ') : unknown);
  const count = (value: number | null) => (value === null ? unknown : `~${value}`);
  const when = (value: string | null) => (value ? formatTimestamp(value) : unknown);
  const text = (value: string) => value.trim() || unknown;
  const dataCategories = breach.dataCategoryIds.map((id) => {
    const entry = categories.get(id);
    if (!entry) return id;
    return entry.kind === 'ordinary' ? name(entry) : `${name(entry)} (${f('specialFlag')})`;
  });

  const sections: NoticeSection[] = [
    {
      heading: t('dpoRecords:notice.controller'),
      lines: organisation ? [organisation.name, organisation.regNo, organisation.address].filter((line) => line.trim()) : [unknown],
    },
    {
      heading: t('dpoRecords:notice.dpo'),
      lines: organisation ? [[organisation.dpoName, organisation.dpoEmail, organisation.dpoPhone].filter((v) => v.trim()).join(', ') || unknown] : [unknown],
    },
    {
      heading: t('dpoRecords:notice.timing'),
      lines: [
        `${f('occurredAt')}: ${when(breach.occurredAt)}`,
        `${f('awareAt')}: ${when(breach.awareAt)}`,
        `${f('containedAt')}: ${when(breach.containedAt)}`,
      ],
    },
    {
      heading: t('dpoRecords:notice.nature'),
      lines: [
        `${breach.number} ${breach.title}`.trim(),
        text(breach.description),
        `${f('dataSubjectCategoryIds')}: ${list(breach.dataSubjectCategoryIds.map((id) => (subjects.get(id) ? name(subjects.get(id)!) : id)))}`,
        `${f('approxSubjects')}: ${count(breach.approxSubjects)}`,
        `${f('dataCategoryIds')}: ${list(dataCategories)}`,
        `${f('approxRecords')}: ${count(breach.approxRecords)}`,
        `${f('activityIds')}: ${list(breach.activityIds.map((id) => activityLabel.get(id) ?? id))}`,
        `${f('systems')}: ${text(breach.systems.split('\n').join('; '))}`,
        `${f('processorIds')}: ${list(breach.processorIds.map((id) => processors.get(id) ?? id))}`,
      ],
    },
    {
      heading: t('dpoRecords:notice.consequences'),
      lines: [text(breach.consequences), `${f('risk')}: ${t(`dpoRecords:risk.${breach.risk ?? 'none'}`)}`, text(breach.riskReasoning)],
    },
    {
      heading: t('dpoRecords:notice.measures'),
      lines: [`${f('measuresTaken')}: ${text(breach.measuresTaken)}`, `${f('measuresProposed')}: ${text(breach.measuresProposed)}`],
    },
    {
      heading: f('subjectsDecision'),
      lines: [
        t(`dpoRecords:subjectsDecision.${breach.subjectsDecision}`),
        ...(breach.subjectsInformedOn ? [`${f('subjectsInformedOn')}: ${formatDate(breach.subjectsInformedOn)} ${breach.subjectsInformedHow}`.trim()] : []),
        ...(breach.subjectsNotInformingReason.trim() ? [breach.subjectsNotInformingReason.trim()] : []),
      ],
    },
  ];
  const delay = notificationDelayHours(breach);
  const late = delay === null ? Date.parse(`${today}T23:59:59Z`) - Date.parse(breach.awareAt) > BREACH_NOTICE_HOURS * 3_600_000 : delay > BREACH_NOTICE_HOURS;
  if (late || breach.delayReasons.trim()) {
    sections.push({
      heading: t('dpoRecords:notice.delay'),
      lines: [...(delay !== null ? [t('dpoRecords:notice.hoursAfter', { hours: Math.floor(delay) })] : []), text(breach.delayReasons)],
    });
  }
  return { title: t('dpoRecords:notice.title'), sections, footer: t('dpoRecords:notice.draftNote', { date: formatDate(today) }) };
}

/** The draft as plain text: headings in capitals' place underlined, sections apart. */
export function noticeText(notice: { title: string; sections: NoticeSection[]; footer: string }): string {
  const parts = [notice.title, '='.repeat(Math.min(notice.title.length, 80))];
  for (const section of notice.sections) parts.push('', section.heading, '-'.repeat(Math.min(section.heading.length, 80)), ...section.lines);
  parts.push('', notice.footer);
  return `${parts.join('\n')}\n`;
}

/** The draft of `breach` as plain text in `lang`. */
export async function breachNotificationText(db: Kysely<DB>, breach: Breach, lang: Language, today = isoToday()): Promise<string> {
  return noticeText(await breachNotice(db, breach, lang, today));
}
