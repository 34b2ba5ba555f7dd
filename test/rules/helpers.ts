/**
 * Small register documents for the rule tests. The built-in catalogues come
 * from a freshly created register's export (once per file, `useCatalogues`);
 * everything else is built here, starting from a register the checks find
 * nothing wrong with, so each case changes one thing.
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import type { Activity, Purpose, Transfer } from '../../shared/domain/activity.ts';
import type { Catalogues } from '../../shared/domain/catalogues.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type RegisterDocument } from '../../shared/domain/register.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { runChecks, type Finding } from '../../shared/rules/index.ts';
import { findingMessage } from '../../shared/rules/messages.ts';
import { tempDir } from '../helpers/temp.ts';

/** The day the rule tests check on. */
export const TODAY = '2027-03-15';

const meta = (id: string) => ({ id, revision: 1, createdAt: '2027-01-01T10:00:00.000Z', updatedAt: '2027-01-01T10:00:00.000Z' });

let catalogues: Catalogues | undefined;

/** Loads the built-in catalogues before the file's tests. */
export function useCatalogues(): void {
  beforeAll(async () => {
    const connection = await createRegisterFile(join(tempDir(), 'catalogues.ropa'), { now: () => new Date('2027-01-01T10:00:00.000Z') });
    catalogues = (await exportRegister(connection.db)).catalogues;
    await connection.close();
  });
}

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    ...meta('org-1'),
    name: 'SIA "Koka Pasaule"',
    roles: ['controller'],
    regNo: '40003000001',
    address: 'Rīgas iela 1, Cēsis',
    email: 'birojs@koks.lv',
    phone: '+371 64 100 000',
    website: '',
    contactPerson: '',
    dpoName: 'Anna Liepa',
    dpoEmail: 'das@koks.lv',
    dpoPhone: '',
    representativeName: '',
    representativeContact: '',
    notes: '',
    largeScaleThreshold: 10_000,
    ...overrides,
  };
}

export function processor(overrides: Partial<Processor> = {}): Processor {
  return {
    ...meta('proc-1'),
    name: 'SIA "Algu Serviss"',
    regNo: '40003000002',
    countryId: 'LV',
    address: '',
    contact: 'info@algas.lv',
    role: 'processor',
    service: 'Algu aprēķins',
    contractDate: '2026-01-15',
    contractReference: 'Līgums Nr. 12/2026',
    contractExpiry: null,
    dataLocation: 'Latvija',
    transferMechanismId: null,
    dpfCertified: false,
    dpfCheckedOn: null,
    subProcessorIds: [],
    subProcessorNotes: '',
    lastReviewedOn: '2027-01-10',
    notes: '',
    ...overrides,
  };
}

export function retentionRule(overrides: Partial<RetentionRule> = {}): RetentionRule {
  return {
    ...meta('rule-1'),
    name: 'Klientu līgumi',
    dataCategoryId: 'dc-contract',
    periodValue: 10,
    periodUnit: 'years',
    criterion: '',
    periodState: 'structured',
    periodText: '',
    startEvent: 'Līguma izpilde',
    legalSource: 'Civillikums',
    legalArticle: '1895. pants',
    actionAtExpiry: 'delete',
    backupsCovered: true,
    owner: 'Pārdošanas daļa',
    lastReviewedOn: null,
    notes: '',
    ...overrides,
  };
}

export function purpose(overrides: Partial<Purpose> = {}): Purpose {
  return {
    id: 'purpose-1',
    description: 'Līguma izpilde',
    legalBasisIds: ['lb-b'],
    legitimateInterest: '',
    legitimateInterestAssessment: '',
    legitimateInterestAssessedOn: null,
    ...overrides,
  };
}

export function transfer(overrides: Partial<Transfer> = {}): Transfer {
  return {
    id: 'transfer-1',
    countryId: 'IN',
    processorId: null,
    transferMechanismId: 'tm-scc-c2p',
    safeguardDocuments: 'SCC 2021/914, 2. modulis, līguma 3. pielikums',
    derogationJustification: '',
    notes: '',
    ...overrides,
  };
}

/** A complete, active controller record, reviewed two months before TODAY. */
export function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    ...meta('act-1'),
    organisationId: 'org-1',
    kind: 'controller',
    number: 'PD-01',
    name: 'Klientu pasūtījumi',
    description: '',
    ownerUnit: 'Pārdošana',
    ownerPerson: 'Jānis Kalējs',
    status: 'active',
    createdOn: '2026-01-05',
    lastReviewedOn: '2027-01-10',
    reviewedBy: 'Anna Liepa',
    nextReviewOn: '2028-01-10',
    endedOn: null,
    replacedById: null,
    legalBasisIds: [],
    purposes: [purpose()],
    art9ConditionIds: [],
    art9Notes: '',
    art10Basis: '',
    dataSubjectCategoryIds: ['ds-customers'],
    dataCategories: [{ dataCategoryId: 'dc-contact', retentionRuleId: 'rule-1', notes: '' }],
    sourceTypes: ['data_subject'],
    sourceNotes: '',
    namedSources: [],
    recipients: [{ recipientCategoryId: 'rc-management', notes: '' }],
    processors: [{ processorId: 'proc-1', notes: '' }],
    recipientsNone: false,
    transfersNone: false,
    processorsNone: false,
    jointControllerArrangement: '',
    transfers: [],
    securityMeasureIds: ['sm-access-control'],
    securityNotes: '',
    systems: 'CRM',
    dataLocation: 'Latvija',
    automatedDecision: false,
    automatedDecisionLegalEffect: false,
    profiling: false,
    automatedDecisionLogic: '',
    art22Basis: null,
    automatedDecisionNoEffectReason: '',
    profilingInformation: '',
    approxSubjects: null,
    approxRecords: null,
    dpiaCriteria: [],
    dpiaStatus: 'not_required',
    dpiaReference: '',
    dpiaCompletedOn: null,
    dpiaNotes: 'Neviens kritērijs neattiecas.',
    controllers: [],
    notes: '',
    ...overrides,
  };
}

/** A complete processor record (Art. 30(2)) for one controller. */
export function processorRecord(overrides: Partial<Activity> = {}): Activity {
  return activity({
    ...meta('act-p'),
    kind: 'processor',
    number: 'PD-90',
    name: 'Rezervāciju sistēmas uzturēšana',
    purposes: [],
    dataSubjectCategoryIds: [],
    dataCategories: [],
    recipients: [],
    processors: [],
    controllers: [
      {
        id: 'controller-1',
        name: 'SIA "Viesnīca"',
        regNo: '40103000003',
        contact: 'info@viesnica.lv',
        representative: '',
        dpoContact: 'das@viesnica.lv',
        processingCategories: 'Mitināšana un rezerves kopijas',
        contractReference: 'Līgums Nr. 4',
      },
    ],
    ...overrides,
  });
}

export interface Parts {
  organisations?: Organisation[];
  processors?: Processor[];
  retentionRules?: RetentionRule[];
  activities?: Activity[];
  catalogues?: (catalogues: Catalogues) => Catalogues;
}

/** A register document: the clean baseline, with the given parts replaced. */
export function register(parts: Parts = {}): RegisterDocument {
  if (!catalogues) throw new Error('call useCatalogues() in the test file');
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    register: { registerId: 'reg-1', title: 'Tests', createdAt: '2027-01-01T10:00:00.000Z', adequacyListCheckedOn: '2026-11-21' },
    organisations: parts.organisations ?? [organisation()],
    catalogues: parts.catalogues ? parts.catalogues(catalogues) : catalogues,
    processors: parts.processors ?? [processor()],
    retentionRules: parts.retentionRules ?? [retentionRule()],
    activities: parts.activities ?? [activity()],
  };
}

/** The findings of one rule, as "entity id: field". */
export function findingsOf(document: RegisterDocument, ruleId: string, today = TODAY): string[] {
  return runChecks(document, today)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.entity.id}: ${f.field}`);
}

export interface RuleCase {
  rule: string;
  /** What makes it fire. */
  when: string;
  trigger: () => RegisterDocument;
  /** Exactly the findings of this rule it should give, "entity id: field". */
  expected: string[];
  /** Words the Latvian and English messages must contain (names the entity and the detail). */
  mentions?: { lv: string[]; en: string[] };
  /** The closest case that must not fire. */
  notWhen: string;
  nearMiss: () => RegisterDocument;
  today?: string;
}

/** One test for the trigger and one for the near miss of each case. */
export function ruleCases(cases: RuleCase[]): void {
  for (const c of cases) {
    it(`${c.rule}: ${c.when}`, () => {
      const document = c.trigger();
      expect(findingsOf(document, c.rule, c.today)).toEqual(c.expected);
      const finding = runChecks(document, c.today ?? TODAY).find((f) => f.ruleId === c.rule) as Finding;
      for (const lang of ['lv', 'en'] as const) {
        const message = findingMessage(finding, lang);
        expect(message, lang).not.toMatch(/checks:|\{\{|undefined|\[object/);
        for (const word of c.mentions?.[lang] ?? []) expect(message, lang).toContain(word);
      }
    });
    it(`${c.rule}: not when ${c.notWhen}`, () => {
      expect(findingsOf(c.nearMiss(), c.rule, c.today)).toEqual([]);
    });
  }
}
