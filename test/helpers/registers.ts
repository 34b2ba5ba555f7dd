/** Registers with known content, built through the real code paths. */
import { join } from 'node:path';
import { createRegisterFile, type RegisterConnection } from '../../main/db/connection.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { ActivityInput, emptyActivity, type Activity } from '../../shared/domain/activity.ts';
import { ProcessorInput, type Processor } from '../../shared/domain/processor.ts';
import { RetentionRuleInput, type RetentionRule } from '../../shared/domain/retention.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import type { OpenRegister } from './backends.ts';
import { steppingClock, tempDir } from './temp.ts';

export interface SmallRegister {
  path: string;
  connection: RegisterConnection;
  ctx: { now: () => Date };
  organisation: Organisation;
  processor: Processor;
  rule: RetentionRule;
  activity: Activity;
}

export function processorInput(overrides: Partial<ProcessorInput> = {}): ProcessorInput {
  return {
    name: 'SIA Algu Serviss',
    regNo: '40003000001',
    countryId: 'LV',
    address: 'Rīga',
    contact: 'info@algas.lv',
    role: 'processor',
    service: 'Algu aprēķins',
    contractDate: '2025-01-15',
    contractReference: 'Līgums Nr. 12/2025',
    contractExpiry: null,
    dataLocation: 'Latvija',
    transferMechanismId: null,
    dpfCertified: false,
    dpfCheckedOn: null,
    subProcessorIds: [],
    subProcessorNotes: '',
    lastReviewedOn: '2026-01-10',
    notes: '',
    ...overrides,
  };
}

export function ruleInput(overrides: Partial<RetentionRuleInput> = {}): RetentionRuleInput {
  return {
    name: 'Grāmatvedības attaisnojuma dokumenti',
    dataCategoryId: 'dc-financial',
    periodValue: 10,
    periodUnit: 'years',
    criterion: '',
    startEvent: 'Pārskata gada beigas',
    legalSource: 'Grāmatvedības likums',
    legalArticle: '28. pants',
    actionAtExpiry: 'delete',
    backupsCovered: true,
    owner: 'Galvenā grāmatvede',
    lastReviewedOn: null,
    notes: '',
    ...overrides,
  };
}

/** A complete activity touching every field, linked to the given processor and rule. */
export function fullActivity(organisationId: string, processorId: string, ruleId: string, overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    ...emptyActivity(organisationId, '2026-01-05'),
    number: 'PD-01',
    name: 'Algu aprēķins',
    description: 'Darbinieku darba samaksas aprēķins un izmaksa',
    ownerUnit: 'Grāmatvedība',
    ownerPerson: 'Anna Bērziņa',
    status: 'active',
    lastReviewedOn: '2026-02-01',
    reviewedBy: 'DAS',
    nextReviewOn: '2027-02-01',
    purposes: [
      {
        description: 'Darba samaksas aprēķins',
        legalBasisIds: ['lb-b', 'lb-c'],
        legitimateInterest: '',
        legitimateInterestAssessment: '',
        legitimateInterestAssessedOn: null,
      },
      {
        description: 'Darbinieku apbalvošana',
        legalBasisIds: ['lb-f'],
        legitimateInterest: 'Darbinieku motivēšana',
        legitimateInterestAssessment: 'LIA-2026-01',
        legitimateInterestAssessedOn: '2026-01-04',
      },
    ],
    art9ConditionIds: ['a9-b'],
    art9Notes: 'Slimības lapas',
    art10Basis: '',
    dataSubjectCategoryIds: ['ds-employees'],
    dataCategories: [
      { dataCategoryId: 'dc-payroll', retentionRuleId: ruleId, notes: '' },
      { dataCategoryId: 'dc-health', retentionRuleId: ruleId, notes: 'darbnespējas lapas' },
    ],
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'VID, VSAA',
    recipients: [{ recipientCategoryId: 'rc-vid', notes: 'Ziņojumi' }],
    processors: [{ processorId, notes: 'Algu programma' }],
    jointControllerArrangement: '',
    transfers: [
      {
        countryId: 'US',
        processorId,
        transferMechanismId: 'tm-scc-c2p',
        safeguardDocuments: 'SCC 2021/914, 2. modulis',
        derogationJustification: '',
        notes: '',
      },
    ],
    securityMeasureIds: ['sm-access-control', 'sm-backup'],
    securityNotes: 'Piekļuve tikai grāmatvedībai',
    systems: 'Horizon',
    dataLocation: 'Latvija',
    automatedDecision: false,
    automatedDecisionLegalEffect: false,
    profiling: false,
    automatedDecisionLogic: '',
    art22Basis: null,
    dpiaCriteria: ['sensitive_data'],
    dpiaStatus: 'not_required',
    dpiaReference: '',
    dpiaCompletedOn: null,
    dpiaNotes: 'Viens kritērijs',
    notes: 'Piezīme',
    ...overrides,
  };
}

/** A register with one organisation, one processor, one rule and one full activity. */
export async function smallRegister(): Promise<SmallRegister> {
  const path = join(tempDir(), 'small.ropa');
  const made = await smallRegisterOn((options) => createRegisterFile(path, options));
  return { ...made, path };
}

/** The small register's content, on the backend `create` opens (test/helpers/backends.ts). */
export async function smallRegisterOn<R extends OpenRegister>(create: (options: { now: () => Date; title: string }) => Promise<R>): Promise<Omit<SmallRegister, 'path' | 'connection'> & { connection: R }> {
  const ctx = { now: steppingClock() };
  const connection = await create({ now: ctx.now, title: 'Test' });
  const { organisation, processor, rule, activity } = await connection.db.transaction().execute(async (trx) => {
    const organisation = await saveOrganisation(trx, { ...emptyOrganisation('SIA Tests'), regNo: '40000000001' }, ctx);
    const processor = await saveProcessor(trx, ProcessorInput.parse(processorInput()), ctx);
    const rule = await saveRetentionRule(trx, RetentionRuleInput.parse(ruleInput()), ctx);
    const activity = await saveActivity(trx, ActivityInput.parse(fullActivity(organisation.id, processor.id, rule.id)), ctx);
    return { organisation, processor, rule, activity };
  });
  return { connection, ctx, organisation, processor, rule, activity };
}
