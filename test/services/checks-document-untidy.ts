/**
 * A generated register made untidy for test/services/checks-document.test.ts:
 * for every field the checks read, some activities where what it holds
 * decides a finding (a DPIA done with and without its reference, security
 * notes standing in for missing measures, texts that name CCTV or cookies,
 * a criminal-offence category with and without its Art. 10 basis...).
 */
import type { Activity } from '../../shared/domain/activity.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';

/** What the variants link to: a country with no adequacy decision, an Art. 49 derogation, a joint controller. */
interface Refs {
  country: string;
  derogation: string;
  joint: string;
}

/** No DPIA recorded: the criteria inferred from the texts and figures are what the DPIA finding lists. */
const UNASSESSED = { kind: 'controller', controllers: [], dpiaCriteria: [], dpiaStatus: 'not_assessed', dpiaCompletedOn: null } as const;

/** Each variant changes one activity in a way one of the checks' fields decides. */
const VARIANTS: Array<(a: Activity, refs: Refs) => void> = [
  (a) => Object.assign(a, { securityMeasureIds: [], securityNotes: 'Šifrēti diski, piekļuve ar divfaktoru autentifikāciju.' }),
  (a) => Object.assign(a, { securityMeasureIds: [], securityNotes: '  ' }),
  (a) => Object.assign(a, { dpiaStatus: 'done', dpiaCompletedOn: '2026-03-02', dpiaReference: 'NIA-2026/4' }),
  (a) => Object.assign(a, { dpiaStatus: 'done', dpiaCompletedOn: '2026-03-02', dpiaReference: '' }),
  (a) => Object.assign(a, { dpiaStatus: 'not_required', dpiaNotes: 'Nav augsta riska: maz datu subjektu, nav īpašo kategoriju.' }),
  (a) => Object.assign(a, { dpiaStatus: 'not_required', dpiaNotes: '' }),
  (a) => Object.assign(a, UNASSESSED, { description: 'Videonovērošana veikala telpās (CCTV), ieraksti 30 dienas.', profiling: true }),
  (a) => Object.assign(a, UNASSESSED, { systems: 'Biometriskā piekļuves sistēma (pirkstu nospiedumi)', profiling: true }),
  (a) => Object.assign(a, UNASSESSED, { sourceNotes: 'GPS izsekošana darbinieku transportlīdzekļos', profiling: true }),
  (a) => Object.assign(a, UNASSESSED, { approxSubjects: 2_000_000, profiling: true }),
  (a) => Object.assign(a, { automatedDecision: true, automatedDecisionLegalEffect: true, art22Basis: null, automatedDecisionLogic: '' }),
  (a) => Object.assign(a, { automatedDecision: true, automatedDecisionLegalEffect: true, art22Basis: 'contract', automatedDecisionLogic: 'Punktu skala pēc maksājumu vēstures.' }),
  (a) => Object.assign(a, { automatedDecision: true, automatedDecisionLegalEffect: false, automatedDecisionNoEffectReason: 'Lēmumu pārskata darbinieks.' }),
  (a) => Object.assign(a, { automatedDecision: true, automatedDecisionLegalEffect: false, automatedDecisionNoEffectReason: '' }),
  (a) => Object.assign(a, { profiling: true, profilingInformation: 'Privātuma politikas 4. sadaļa' }),
  (a) => Object.assign(a, { profiling: true, profilingInformation: '' }),
  (a) => Object.assign(a, { recipients: [], processors: [], recipientsNone: true }),
  (a) => Object.assign(a, { transfers: [], transfersNone: true }),
  (a) => Object.assign(a, { processors: [], processorsNone: true }),
  (a) => Object.assign(a, { status: 'active', lastReviewedOn: '2025-01-10', nextReviewOn: null }),
  (a) => Object.assign(a, { status: 'active', lastReviewedOn: '2025-01-10', nextReviewOn: '2025-06-01' }),
  (a) => Object.assign(a, { status: 'draft' }),
  (a) => Object.assign(a, { art10Basis: 'Krimināllikuma 2. pants', dataCategories: [...a.dataCategories.filter((row) => row.dataCategoryId !== 'dc-criminal'), { dataCategoryId: 'dc-criminal', retentionRuleId: null, notes: '' }] }),
  (a) => Object.assign(a, { art10Basis: '', dataCategories: [...a.dataCategories.filter((row) => row.dataCategoryId !== 'dc-criminal'), { dataCategoryId: 'dc-criminal', retentionRuleId: null, notes: '' }] }),
  (a) => {
    a.dataCategories = a.dataCategories.map((row) => ({ ...row, retentionRuleId: null }));
  },
  (a) => {
    a.purposes = a.purposes.map((p) => ({ ...p, legalBasisIds: ['lb-f'], legitimateInterest: 'Krāpšanas novēršana', legitimateInterestAssessment: 'LIA 2026-02' }));
  },
  (a) => {
    a.purposes = a.purposes.map((p) => ({ ...p, legalBasisIds: ['lb-f'], legitimateInterest: '', legitimateInterestAssessment: '' }));
  },
  (a) => {
    a.controllers = a.controllers.map((c, i) => (i === 0 ? { ...c, contact: '', processingCategories: '' } : c));
  },
  (a) => {
    a.transfers = a.transfers.map((t) => ({ ...t, safeguardDocuments: '', derogationJustification: '', transferMechanismId: null, processorId: null }));
  },
  (a) => {
    a.transfers = a.transfers.map((t) => ({ ...t, safeguardDocuments: 'SCC pielikums', derogationJustification: 'Līguma izpilde (49(1)(b))' }));
  },
  (a, refs) => {
    const transfer = { countryId: refs.country, processorId: null, safeguardDocuments: '', notes: '', transferMechanismId: refs.derogation };
    a.transfers = [{ ...transfer, derogationJustification: 'Līguma izpilde (49(1)(b))' }, { ...transfer, derogationJustification: '' }];
  },
  (a, refs) => {
    a.transfers = [{ countryId: refs.country, processorId: null, transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' }];
  },
  (a, refs) => Object.assign(a, { processors: [{ processorId: refs.joint, notes: '' }], jointControllerArrangement: 'Līgums par kopīgu pārzināšanu, 26. pants' }),
  (a, refs) => Object.assign(a, { processors: [{ processorId: refs.joint, notes: '' }], jointControllerArrangement: '' }),
];

export function untidyForChecks(document: RegisterDocument): RegisterDocument {
  const { countries, transferMechanisms } = document.catalogues;
  const processors = document.processors.map((p, i) => (i === 1 ? { ...p, role: 'joint_controller' as const } : p));
  const refs: Refs = {
    country: (countries.find((c) => !c.eea && c.adequacy === 'none') as { id: string }).id,
    derogation: (transferMechanisms.find((m) => m.article === '49') as { id: string }).id,
    joint: (processors[1] as { id: string }).id,
  };
  const activities = document.activities.map((activity, i) => {
    const a = structuredClone(activity);
    VARIANTS[i % (VARIANTS.length + 3)]?.(a, refs);
    if (i % 23 === 5) Object.assign(a, { status: 'ended', endedOn: '2026-01-31' });
    return a;
  });
  return { ...document, processors, activities };
}
