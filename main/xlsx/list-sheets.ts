/**
 * The sheets around the two registers: the first sheet (who, when, which
 * version), the processors and other recipients, the retention rules, and
 * every transfer to a third country or international organisation.
 */
import type { Activity, Transfer } from '../../shared/domain/activity.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { formatTimestamp, sortByText } from '../../shared/format.ts';
import { isoToCellDate, type CellValue } from './cells.ts';
import { activityTitle, joined, lines, type RegisterText } from './register-text.ts';
import { WIDTH, tableSheet, type Column, type SheetSpec } from './sheet-model.ts';

/** What the first sheet states about the export besides the register's content. */
export interface CoverFacts {
  exportedOn: Date;
  version: number;
  contentHash: string;
  headHash: string;
  /** When the register last changed (UTC ISO), shown in local time; null before the first change. */
  changedAt: string | null;
  /** The register's fingerprint (records and history head, register-version.ts). */
  fingerprint: string;
  fingerprintShort: string;
  /** Short forms of the hashes, as printed (register-version.ts `shortHash`). */
  contentHashShort: string;
  headHashShort: string;
}

/** The first sheet: the register, the export, and each organisation with its DPO and representative. */
export function coverSheet(text: RegisterText, facts: CoverFacts): SheetSpec {
  const { t, document } = text;
  const controllerCount = document.activities.filter((a) => a.kind === 'controller').length;
  const rows: CellValue[][] = [
    [t('xlsx:about.title'), null, null],
    [t('xlsx:about.register'), document.register.title, null],
    [t('xlsx:about.exportedOn'), new Date(Date.UTC(facts.exportedOn.getFullYear(), facts.exportedOn.getMonth(), facts.exportedOn.getDate())), null],
    [t('xlsx:about.version'), facts.version, null],
    [t('xlsx:about.changedAt'), formatTimestamp(facts.changedAt), null],
    [t('xlsx:about.fingerprint'), facts.fingerprintShort, facts.fingerprint],
    [t('xlsx:about.contentHash'), facts.contentHashShort, facts.contentHash],
    [t('xlsx:about.headHash'), facts.headHashShort, facts.headHash],
    [t('xlsx:about.controllerActivities'), controllerCount, null],
    [t('xlsx:about.processorActivities'), document.activities.length - controllerCount, null],
    [t('xlsx:about.adequacyCheckedOn'), isoToCellDate(document.register.adequacyListCheckedOn), null],
  ];
  for (const organisation of sortByText(document.organisations, (o) => o.name, text.lang)) {
    rows.push([null, null, null], [t('fields:organisation._'), organisation.name, null]);
    const fields = [
      'regNo',
      'address',
      'email',
      'phone',
      'website',
      'contactPerson',
      'dpoName',
      'dpoEmail',
      'dpoPhone',
      'representativeName',
      'representativeContact',
      'notes',
    ] as const;
    rows.push([t('model:organisation.roles'), organisation.roles.map((role) => text.label('organisationRole', role)).join(', '), null]);
    for (const field of fields) rows.push([t(`fields:organisation.${field}`), organisation[field], null]);
    rows.push([t('fields:organisation.largeScaleThreshold'), String(organisation.largeScaleThreshold), null]);
  }
  rows.push([null, null, null], [t('xlsx:about.hiddenData'), null, null]);
  return {
    name: t('xlsx:sheets.about'),
    layout: 'cover',
    columns: [
      { header: '', width: 40, type: 'text' },
      { header: '', width: 60, type: 'text' },
      { header: '', width: 24, type: 'text' },
    ],
    rows,
  };
}

export function processorsSheet(text: RegisterText, processors: readonly Processor[]): SheetSpec {
  const { t } = text;
  const columns: Array<Column<Processor>> = [
    { header: t('fields:processor.name'), width: WIDTH.medium, value: (p) => p.name },
    { header: t('fields:processor.regNo'), width: WIDTH.short, value: (p) => p.regNo },
    { header: t('fields:processor.countryId'), width: WIDTH.short, value: (p) => text.name('countries', p.countryId) },
    { header: t('fields:processor.address'), width: WIDTH.medium, value: (p) => p.address },
    { header: t('fields:processor.contact'), width: WIDTH.medium, value: (p) => p.contact },
    { header: t('fields:processor.role'), width: WIDTH.short, value: (p) => text.label('processorRole', p.role) },
    { header: t('fields:processor.service'), width: WIDTH.medium, value: (p) => p.service },
    { header: t('fields:processor.contractDate'), width: WIDTH.date, type: 'date', value: (p) => isoToCellDate(p.contractDate) },
    { header: t('fields:processor.contractReference'), width: WIDTH.medium, value: (p) => p.contractReference },
    { header: t('fields:processor.contractExpiry'), width: WIDTH.date, type: 'date', value: (p) => isoToCellDate(p.contractExpiry) },
    { header: t('fields:processor.dataLocation'), width: WIDTH.medium, value: (p) => p.dataLocation },
    { header: t('fields:processor.transferMechanismId'), width: WIDTH.medium, value: (p) => text.name('transferMechanisms', p.transferMechanismId) },
    { header: t('fields:processor.dpfCertified'), width: WIDTH.short, value: (p) => text.yesNo(p.dpfCertified) },
    { header: t('fields:processor.dpfCheckedOn'), width: WIDTH.date, type: 'date', value: (p) => isoToCellDate(p.dpfCheckedOn) },
    { header: t('fields:processor.subProcessorIds'), width: WIDTH.medium, value: (p) => lines(p.subProcessorIds.map((id) => text.processor(id)?.name ?? id)) },
    { header: t('fields:processor.subProcessorNotes'), width: WIDTH.medium, value: (p) => p.subProcessorNotes },
    { header: t('fields:processor.lastReviewedOn'), width: WIDTH.date, type: 'date', value: (p) => isoToCellDate(p.lastReviewedOn) },
    { header: t('xlsx:headers.activities'), width: WIDTH.long, value: (p) => lines(text.activitiesUsingProcessor(p.id).map(activityTitle)) },
    { header: t('fields:processor.notes'), width: WIDTH.long, value: (p) => p.notes },
  ];
  return tableSheet(t('xlsx:sheets.processors'), columns, processors);
}

export function retentionSheet(text: RegisterText, rules: readonly RetentionRule[]): SheetSpec {
  const { t } = text;
  const columns: Array<Column<RetentionRule>> = [
    { header: t('fields:retentionRule.name'), width: WIDTH.medium, value: (r) => r.name },
    { header: t('fields:retentionRule.dataCategoryId'), width: WIDTH.medium, value: (r) => text.name('dataCategories', r.dataCategoryId) },
    { header: t('fields:retentionRule.periodValue'), width: WIDTH.number, type: 'number', value: (r) => r.periodValue },
    { header: t('fields:retentionRule.periodUnit'), width: WIDTH.number, value: (r) => text.label('periodUnit', r.periodUnit) },
    { header: t('fields:retentionRule.criterion'), width: WIDTH.medium, value: (r) => r.criterion },
    { header: t('model:retentionRule.periodState'), width: WIDTH.short, value: (r) => text.label('periodState', r.periodState) },
    { header: t('model:retentionRule.periodText'), width: WIDTH.medium, value: (r) => r.periodText },
    { header: t('fields:retentionRule.startEvent'), width: WIDTH.medium, value: (r) => r.startEvent },
    { header: t('fields:retentionRule.legalSource'), width: WIDTH.medium, value: (r) => r.legalSource },
    { header: t('fields:retentionRule.legalArticle'), width: WIDTH.short, value: (r) => r.legalArticle },
    { header: t('fields:retentionRule.actionAtExpiry'), width: WIDTH.short, value: (r) => text.label('expiryAction', r.actionAtExpiry) },
    { header: t('fields:retentionRule.backupsCovered'), width: WIDTH.short, value: (r) => text.yesNo(r.backupsCovered) },
    { header: t('fields:retentionRule.owner'), width: WIDTH.short, value: (r) => r.owner },
    { header: t('fields:retentionRule.lastReviewedOn'), width: WIDTH.date, type: 'date', value: (r) => isoToCellDate(r.lastReviewedOn) },
    { header: t('xlsx:headers.activities'), width: WIDTH.long, value: (r) => lines(text.activitiesUsingRule(r.id).map(activityTitle)) },
    { header: t('fields:retentionRule.notes'), width: WIDTH.long, value: (r) => r.notes },
  ];
  return tableSheet(t('xlsx:sheets.retention'), columns, rules);
}

interface TransferRow {
  activity: Activity;
  transfer: Transfer;
}

export function transfersSheet(text: RegisterText, activities: readonly Activity[]): SheetSpec {
  const { t } = text;
  const records: TransferRow[] = activities.flatMap((activity) => activity.transfers.map((transfer) => ({ activity, transfer })));
  const country = (row: TransferRow) => text.entry('countries', row.transfer.countryId);
  const mechanism = (row: TransferRow) => text.entry('transferMechanisms', row.transfer.transferMechanismId);
  const columns: Array<Column<TransferRow>> = [
    { header: t('fields:organisation._'), width: WIDTH.medium, value: (r) => text.organisation(r.activity.organisationId)?.name ?? '' },
    { header: t('fields:activity.number'), width: WIDTH.number, value: (r) => r.activity.number },
    { header: t('fields:activity.name'), width: WIDTH.medium, value: (r) => r.activity.name },
    { header: t('fields:activity.countryId'), width: WIDTH.medium, value: (r) => text.name('countries', r.transfer.countryId) },
    {
      header: t('fields:catalogue.adequacy'),
      width: WIDTH.medium,
      value: (r) => {
        const entry = country(r);
        return entry ? joined([text.label('adequacy', entry.adequacy), entry.adequacyDecision, entry.adequacyNote], '; ') : '';
      },
    },
    { header: t('fields:activity.processorId'), width: WIDTH.medium, value: (r) => text.processor(r.transfer.processorId)?.name ?? '' },
    { header: t('fields:activity.transferMechanismId'), width: WIDTH.long, value: (r) => text.name('transferMechanisms', r.transfer.transferMechanismId) },
    { header: t('fields:catalogue.article'), width: WIDTH.medium, value: (r) => text.label('transferArticle', mechanism(r)?.article ?? null) },
    { header: t('fields:activity.safeguardDocuments'), width: WIDTH.long, value: (r) => r.transfer.safeguardDocuments },
    { header: t('fields:activity.derogationJustification'), width: WIDTH.long, value: (r) => r.transfer.derogationJustification },
    { header: t('fields:activity.notes'), width: WIDTH.medium, value: (r) => r.transfer.notes },
  ];
  return tableSheet(t('xlsx:sheets.transfers'), columns, records);
}
