/**
 * The compliance findings as a sheet of the Excel export: what the checks
 * (shared/rules) found in the exported register on the export day, errors
 * first, so an inspector and the DPO see the same gaps the app shows.
 */
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { formatDate } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { errorsFirst, runChecks } from '../../shared/rules/index.ts';
import { translateFindings, type TranslatedFinding } from '../../shared/rules/messages.ts';
import { WIDTH, tableSheet, type SheetSpec } from './sheet-model.ts';

export function findingsSheet(document: RegisterDocument, lang: Language, today: string): SheetSpec {
  const t = translator(lang);
  const findings = translateFindings(errorsFirst(runChecks(document, today)), lang);
  if (findings.length === 0) {
    return {
      name: t('xlsx:sheets.findings'),
      layout: 'table',
      columns: [{ header: t('xlsx:findings.issue'), width: WIDTH.long * 2, type: 'text' }],
      rows: [[t('xlsx:findings.none', { date: formatDate(today) })]],
    };
  }
  return tableSheet<TranslatedFinding>(
    t('xlsx:sheets.findings'),
    [
      { header: t('xlsx:findings.severity'), width: WIDTH.short, value: (f) => f.severityLabel },
      { header: t('xlsx:findings.record'), width: WIDTH.medium, value: (f) => f.entity.label },
      { header: t('xlsx:findings.issue'), width: WIDTH.medium, value: (f) => f.title },
      { header: t('xlsx:findings.message'), width: WIDTH.long * 2, value: (f) => f.message },
      { header: t('xlsx:findings.article'), width: WIDTH.medium, value: (f) => f.articleLabel },
      { header: t('xlsx:findings.field'), width: WIDTH.medium, value: (f) => f.field },
      { header: t('xlsx:findings.rule'), width: WIDTH.medium, value: (f) => f.ruleId },
    ],
    findings,
  );
}
