/**
 * Realistic registers of any size for benchmarks: every activity "full"
 * (several purposes with their legal bases, a legitimate-interest purpose
 * with its assessment, data categories each with a retention rule, data
 * subjects, recipients, processors, a transfer for every fifth, security
 * measures, DPIA, review dates and free texts of the length DPOs write).
 * Deterministic for a given size. Written to a register file in one
 * transaction through the import path of the repositories.
 */
import { join } from 'node:path';
import { createRegisterFile } from '../../main/db/connection.ts';
import { loadActivities, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';

const AT = '2026-11-21T10:00:00.000Z';
const meta = (id: string) => ({ id, revision: 1, createdAt: AT, updatedAt: AT });

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'darbinieku klientu datu apstrāde līguma izpilde grāmatvedības uzskaite piegādes pasūtījumi sarakste pārskati atskaites drošība piekļuve sistēmā arhīvs dokumenti kontroles pārbaude analīze'.split(
    ' ',
  );

function sentence(next: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i += 1) parts.push(WORDS[Math.floor(next() * WORDS.length)]!);
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(items[Math.floor(next() * items.length)]!);
  return [...chosen];
}

/** A register document with `size` activities, built on the catalogues of `base` (a new register's). */
export function generateRegister(base: RegisterDocument, size: number): RegisterDocument {
  const next = random(size);
  const ids = (name: keyof RegisterDocument['catalogues']) => base.catalogues[name].map((entry) => entry.id);
  const organisations: Organisation[] = ['SIA "Ziemeļu Koks"', 'SIA "Ziemeļu Koks Serviss"', 'AS "Ziemeļu Holdings"'].map((name, i) => ({
    ...meta(`bench-org-${i + 1}`),
    name,
    roles: ['controller'],
    regNo: `4000300${String(i).padStart(4, '0')}`,
    largeScaleThreshold: 10_000,
    address: 'Rūpniecības iela 1, Ventspils, LV-3601',
    email: 'birojs@example.lv',
    phone: '+371 63 000 000',
    website: 'https://www.example.lv',
    contactPerson: 'Valdes loceklis',
    dpoName: 'Ilze Kalniņa',
    dpoEmail: 'das@example.lv',
    dpoPhone: '+371 63 000 001',
    representativeName: '',
    representativeContact: '',
    notes: '',
  }));
  const processors: Processor[] = Array.from({ length: Math.max(12, Math.ceil(size / 20)) }, (_, i) => ({
    ...meta(`bench-processor-${i + 1}`),
    name: `SIA "Pakalpojumi ${i + 1}"`,
    regNo: `4010${String(i).padStart(7, '0')}`,
    countryId: i % 7 === 0 ? 'US' : 'LV',
    address: 'Brīvības iela 1, Rīga',
    contact: `info${i}@example.lv`,
    role: 'processor',
    service: sentence(next, 4),
    contractDate: '2025-01-15',
    contractReference: `Līgums Nr. ${i + 1}/2025`,
    contractExpiry: '2028-01-14',
    dataLocation: i % 7 === 0 ? 'ASV' : 'Latvija',
    transferMechanismId: i % 7 === 0 ? 'tm-dpf' : null,
    dpfCertified: i % 7 === 0,
    dpfCheckedOn: i % 7 === 0 ? '2026-10-01' : null,
    subProcessorIds: [],
    subProcessorNotes: '',
    lastReviewedOn: '2026-06-01',
    notes: sentence(next, 8),
  }));
  const dataCategories = ids('dataCategories');
  const retentionRules: RetentionRule[] = Array.from({ length: Math.max(10, Math.ceil(size / 25)) }, (_, i) => ({
    ...meta(`bench-rule-${i + 1}`),
    name: `Dokumentu grupa ${i + 1}: ${sentence(next, 3)}`,
    dataCategoryId: dataCategories[i % dataCategories.length]!,
    periodValue: 1 + (i % 10),
    periodUnit: 'years',
    criterion: '',
    periodState: 'structured',
    periodText: '',
    startEvent: 'Līguma izbeigšana',
    legalSource: 'Grāmatvedības likums',
    legalArticle: '28. pants',
    actionAtExpiry: 'delete',
    backupsCovered: true,
    owner: 'Galvenā grāmatvede',
    lastReviewedOn: '2026-06-01',
    notes: '',
  }));
  const activities: Activity[] = Array.from({ length: size }, (_, i) => {
    const transfer = i % 5 === 0;
    const processorIds = pick(next, processors.map((p) => p.id), 2);
    return {
      ...meta(`bench-activity-${i + 1}`),
      organisationId: organisations[i % organisations.length]!.id,
      kind: i % 10 === 9 ? 'processor' : 'controller',
      number: `PD-${String(i + 1).padStart(5, '0')}`,
      name: `${sentence(next, 3).slice(0, -1)} ${i + 1}`,
      description: sentence(next, 30),
      ownerUnit: 'Personāla daļa',
      ownerPerson: 'Līga Ozola, personāla vadītāja',
      status: 'active',
      createdOn: '2024-01-15',
      lastReviewedOn: '2026-03-01',
      reviewedBy: 'Ilze Kalniņa',
      nextReviewOn: '2027-03-01',
      endedOn: null,
      replacedById: null,
      legalBasisIds: [],
      purposes: [
        { id: `bench-purpose-${i}-1`, description: sentence(next, 10), legalBasisIds: ['lb-b', 'lb-c'], legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null },
        { id: `bench-purpose-${i}-2`, description: sentence(next, 8), legalBasisIds: ['lb-f'], legitimateInterest: sentence(next, 12), legitimateInterestAssessment: `LIA-${i}`, legitimateInterestAssessedOn: '2026-01-10' },
      ],
      art9ConditionIds: ['a9-b'],
      art9Notes: sentence(next, 6),
      art10Basis: '',
      dataSubjectCategoryIds: pick(next, ids('dataSubjectCategories'), 3),
      dataCategories: pick(next, dataCategories, 5).map((id, j) => ({ dataCategoryId: id, retentionRuleId: retentionRules[(i + j) % retentionRules.length]!.id, notes: j === 0 ? sentence(next, 5) : '' })),
      sourceTypes: ['data_subject', 'third_party'],
      sourceNotes: sentence(next, 5),
      namedSources: [],
      recipients: pick(next, ids('recipientCategories'), 3).map((id) => ({ recipientCategoryId: id, notes: '' })),
      processors: processorIds.map((id) => ({ processorId: id, notes: sentence(next, 3) })),
      recipientsNone: false,
      transfersNone: false,
      processorsNone: false,
      jointControllerArrangement: '',
      transfers: transfer
        ? [{ id: `bench-transfer-${i}`, countryId: 'US', processorId: processorIds[0]!, transferMechanismId: 'tm-scc-c2p', safeguardDocuments: 'SCC 2021/914, 2. modulis', derogationJustification: '', notes: '' }]
        : [],
      securityMeasureIds: pick(next, ids('securityMeasures'), 8),
      securityNotes: sentence(next, 15),
      systems: 'Horizon; e-pasts; koplietotā mape',
      dataLocation: 'Latvija',
      automatedDecision: false,
      automatedDecisionLegalEffect: false,
      profiling: false,
      automatedDecisionLogic: '',
      automatedDecisionNoEffectReason: '',
      profilingInformation: '',
      approxSubjects: null,
      approxRecords: null,
      art22Basis: null,
      dpiaCriteria: ['sensitive_data'],
      dpiaStatus: 'not_required',
      dpiaReference: '',
      dpiaCompletedOn: null,
      dpiaNotes: sentence(next, 6),
      controllers: i % 10 === 9 ? [{ id: `bench-controller-${i}`, name: 'SIA "Klients"', regNo: '40003999999', contact: 'klients@example.lv', representative: '', dpoContact: '', processingCategories: sentence(next, 8), contractReference: `DAL-${i}` }] : [],
      notes: sentence(next, 10),
    };
  });
  return { ...base, organisations, processors, retentionRules, activities };
}

/**
 * Writes a generated register of `size` activities to `dir`/register-SIZE.ropa;
 * returns its path. `edits` is the share of activities then edited once
 * through the editor's save path, so the history holds updates with their
 * before and after, as a register in use does.
 */
export async function writeGeneratedRegister(dir: string, size: number, options: { edits?: number } = {}): Promise<string> {
  const path = join(dir, `register-${size}.ropa`);
  const now = () => new Date(AT);
  const connection = await createRegisterFile(path, {
    now,
    title: `Etalona reģistrs (${size})`,
    initialise: async (trx) => {
      const base = await exportRegister(trx);
      // Checked as an imported file would be, so the benchmark measures a valid register.
      const document = parseRegisterDocument(serialiseRegister(generateRegister(base, size)));
      await importRegisterDocument(trx, document, { now });
      const edited = Math.round(size * (options.edits ?? 0));
      if (edited > 0) {
        const step = size / edited;
        const ids = Array.from({ length: edited }, (_, i) => document.activities[Math.floor(i * step)]!.id);
        for (const activity of await loadActivities(trx, ids)) {
          await saveActivity(trx, { ...activity, notes: `${activity.notes} Pārskatīts.` }, { now });
        }
      }
    },
  });
  await connection.close();
  return path;
}
