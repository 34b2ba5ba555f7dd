/**
 * Registers of any size with realistic content, for the PDF tests and the
 * benchmark (scripts/bench-pdf.ts): one organisation, processors and
 * retention rules in proportion, and `activities` activities that fill
 * every kind of field, built from the built-in catalogues. Written through
 * the repositories in one transaction, each input validated as the editor
 * does. Deterministic: the same size gives the same register.
 *
 * No vitest here: the benchmark script imports it too.
 */
import { createRegisterFile } from '../../main/db/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { ActivityInput, emptyActivity, type ActivityStatus } from '../../shared/domain/activity.ts';
import { ProcessorInput, type ProcessorRole } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';
import { OrganisationInput } from '../../shared/domain/organisation.ts';

const LEGAL_BASES = ['lb-a', 'lb-b', 'lb-c', 'lb-e', 'lb-f'];
const SUBJECTS = ['ds-employees', 'ds-customers', 'ds-applicants', 'ds-business-contacts', 'ds-supplier-contacts', 'ds-visitors', 'ds-website-visitors', 'ds-subscribers'];
const CATEGORIES = ['dc-identity', 'dc-contact', 'dc-employment', 'dc-financial', 'dc-bank', 'dc-order', 'dc-online', 'dc-usage', 'dc-image', 'dc-health', 'dc-location', 'dc-correspondence'];
const RECIPIENTS = ['rc-accounting', 'rc-hr', 'rc-it', 'rc-management', 'rc-vid', 'rc-banks', 'rc-couriers', 'rc-processors', 'rc-auditors'];
const MEASURES = ['sm-access-control', 'sm-mfa', 'sm-encryption-transit', 'sm-backup', 'sm-logging', 'sm-policy', 'sm-training', 'sm-confidentiality', 'sm-erasure'];
const TRANSFERS = [
  { countryId: 'US', transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF saraksts pārbaudīts; SCC kā rezerves garantija' },
  { countryId: 'GB', transferMechanismId: 'tm-adequacy', safeguardDocuments: 'Komisijas lēmums par aizsardzības līmeņa pietiekamību' },
  { countryId: 'IN', transferMechanismId: 'tm-scc-c2p', safeguardDocuments: 'SCC 2021/914, 2. modulis; nosūtīšanas ietekmes novērtējums' },
];
const UNITS = ['Personāla daļa', 'Grāmatvedība', 'Pārdošanas nodaļa', 'IT nodaļa', 'Mārketings', 'Klientu serviss', 'Loģistika', 'Ražošana'];
const TOPICS = ['darbinieku', 'klientu', 'piegādātāju', 'apmeklētāju', 'kandidātu', 'abonentu', 'partneru', 'lietotāju'];
const ACTIONS = ['uzskaite', 'līgumu administrēšana', 'saziņa', 'rēķinu apstrāde', 'piekļuves kontrole', 'aptaujas', 'sūdzību izskatīšana', 'atskaišu sagatavošana'];

/** A small deterministic pseudo-random sequence (a linear congruential generator). */
function sequence(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    const start = Math.floor(next() * items.length);
    return Array.from({ length: Math.min(count, items.length) }, (_, i) => items[(start + i) % items.length] as T);
  };
  return { next, pick, some };
}

export interface GeneratedRegister {
  path: string;
  activities: number;
  processors: number;
  retentionRules: number;
}

/** Writes a new register file at `path` with `activities` activities. */
export async function createGeneratedRegister(path: string, activities: number, now: () => Date = () => new Date('2026-11-21T10:00:00.000Z')): Promise<GeneratedRegister> {
  const random = sequence(activities + 7);
  const ctx = { now };
  const processorCount = Math.min(60, Math.max(5, Math.ceil(activities / 15)));
  const ruleCount = Math.min(40, Math.max(6, Math.ceil(activities / 25)));
  const connection = await createRegisterFile(path, {
    now,
    title: 'SIA "Baltijas Paraugs"',
    initialise: async (trx) => {
      const organisation = await saveOrganisation(
        trx,
        OrganisationInput.parse({
          name: 'SIA "Baltijas Paraugs"',
          regNo: '40003000000',
          address: 'Brīvības iela 1, Rīga, LV-1010',
          email: 'birojs@paraugs.lv',
          phone: '+371 67 000 000',
          website: 'https://paraugs.lv',
          contactPerson: 'Jānis Ozoliņš, valdes loceklis',
          dpoName: 'Līga Kalniņa',
          dpoEmail: 'das@paraugs.lv',
          dpoPhone: '+371 67 000 001',
          representativeName: '',
          representativeContact: '',
          notes: 'Ģenerēts reģistrs mērījumiem un pārbaudēm.',
        }),
        ctx,
      );
      const processorIds: string[] = [];
      for (let n = 1; n <= processorCount; n += 1) {
        const role: ProcessorRole = n % 7 === 0 ? 'independent_controller' : n % 11 === 0 ? 'joint_controller' : 'processor';
        const processor = await saveProcessor(
          trx,
          ProcessorInput.parse({
            name: `SIA "Pakalpojumu Sniedzējs ${n}"`,
            regNo: `4000${String(100000 + n)}`,
            countryId: n % 5 === 0 ? 'US' : 'LV',
            address: `Rūpniecības iela ${n}, Rīga`,
            contact: `dpo${n}@sniedzejs.example`,
            role,
            service: random.pick(['Mākoņa mitināšana', 'Algu aprēķins', 'E-pasta izsūtne', 'Kurjerpakalpojumi', 'IT atbalsts', 'Grāmatvedība']),
            contractDate: '2025-01-15',
            contractReference: `Līgums Nr. ${n}/2025 ar datu apstrādes pielikumu`,
            contractExpiry: n % 3 === 0 ? '2028-01-15' : null,
            dataLocation: n % 5 === 0 ? 'ASV (DPF sertificēts)' : 'Latvija',
            transferMechanismId: n % 5 === 0 ? 'tm-dpf' : null,
            dpfCertified: n % 5 === 0,
            dpfCheckedOn: n % 5 === 0 ? '2026-10-01' : null,
            subProcessorIds: n > 2 && n % 4 === 0 ? [processorIds[n - 3] as string] : [],
            subProcessorNotes: '',
            lastReviewedOn: '2026-06-01',
            notes: n % 2 === 0 ? 'Līgums pārskatīts pēc VDAR 28. panta prasībām.' : '',
          }),
          ctx,
        );
        processorIds.push(processor.id);
      }
      const ruleIds: string[] = [];
      for (let n = 1; n <= ruleCount; n += 1) {
        const years = [1, 2, 3, 5, 10, 75][n % 6] as number;
        const rule = await saveRetentionRule(
          trx,
          RetentionRuleInput.parse({
            name: `Dokumentu grupa ${n}: ${random.pick(TOPICS)} ${random.pick(ACTIONS)}`,
            dataCategoryId: random.pick(CATEGORIES),
            periodValue: n % 9 === 0 ? null : years,
            periodUnit: n % 9 === 0 ? null : 'years',
            criterion: n % 9 === 0 ? 'Līdz piekrišanas atsaukšanai' : '',
            startEvent: random.pick(['Līguma beigas', 'Darba tiesisko attiecību beigas', 'Ieraksta izveidošana', 'Pārskata gada beigas']),
            legalSource: random.pick(['Grāmatvedības likums', 'Darba likums', 'Civillikums', 'Komerclikums']),
            legalArticle: random.pick(['28. pants', '31. pants', '1895. pants', '406. pants']),
            actionAtExpiry: random.pick(['delete', 'anonymise', 'archive'] as const),
            backupsCovered: n % 2 === 0,
            owner: random.pick(UNITS),
            lastReviewedOn: '2026-05-01',
            notes: '',
          }),
          ctx,
        );
        ruleIds.push(rule.id);
      }
      const width = String(activities).length;
      for (let n = 1; n <= activities; n += 1) {
        const topic = random.pick(TOPICS);
        const action = random.pick(ACTIONS);
        const categories = random.some(CATEGORIES, 3, 6);
        const usesF = random.next() < 0.3;
        const status: ActivityStatus = n % 17 === 0 ? 'draft' : n % 23 === 0 ? 'ended' : 'active';
        const draft = ActivityInput.parse({
          ...emptyActivity(organisation.id, '2024-03-01'),
          number: `PD-${String(n).padStart(width, '0')}`,
          name: `${topic[0]?.toUpperCase()}${topic.slice(1)} ${action} (${n})`,
          description: `Apstrādes darbība, kurā ${random.pick(UNITS).toLowerCase()} veic ${topic} datu ${action}. Dati tiek iegūti no datu subjektiem un glabāti uzņēmuma sistēmās saskaņā ar iekšējiem noteikumiem.`,
          ownerUnit: random.pick(UNITS),
          ownerPerson: random.pick(['Anna Bērziņa', 'Pēteris Liepiņš', 'Ilze Zariņa', 'Māris Krūmiņš']),
          status,
          endedOn: status === 'ended' ? '2026-01-31' : null,
          lastReviewedOn: '2026-03-01',
          reviewedBy: 'Līga Kalniņa (DAS)',
          nextReviewOn: '2027-03-01',
          purposes: [
            { description: `${topic[0]?.toUpperCase()}${topic.slice(1)} ${action} līguma izpildei`, legalBasisIds: random.some(LEGAL_BASES.slice(0, 3), 1, 2), legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null },
            ...(usesF
              ? [{ description: 'Pakalpojumu uzlabošana un krāpšanas novēršana', legalBasisIds: ['lb-f'], legitimateInterest: 'Uzņēmuma interese nodrošināt drošus un kvalitatīvus pakalpojumus', legitimateInterestAssessment: `LIA-2026-${n}`, legitimateInterestAssessedOn: '2026-02-01' }]
              : []),
          ],
          art9ConditionIds: categories.includes('dc-health') ? ['a9-b'] : [],
          art9Notes: categories.includes('dc-health') ? 'Darbnespējas lapas un obligātās veselības pārbaudes.' : '',
          dataSubjectCategoryIds: random.some(SUBJECTS, 1, 3),
          dataCategories: categories.map((id, position) => ({ dataCategoryId: id, retentionRuleId: position === 0 && n % 13 === 0 ? null : random.pick(ruleIds), notes: position === 1 ? 'Tikai nepieciešamais apjoms.' : '' })),
          sourceTypes: random.some(['data_subject', 'third_party', 'public', 'observed'] as const, 1, 2),
          sourceNotes: 'Dati iegūti, noslēdzot līgumu, un no publiskiem reģistriem.',
          recipients: random.some(RECIPIENTS, 1, 4).map((id) => ({ recipientCategoryId: id, notes: '' })),
          processors: random.some(processorIds, 1, 3).map((id) => ({ processorId: id, notes: '' })),
          transfers: n % 6 === 0 ? [{ ...random.pick(TRANSFERS), processorId: null, derogationJustification: '', notes: '' }] : [],
          securityMeasureIds: random.some(MEASURES, 3, 7),
          securityNotes: 'Piekļuve tikai pilnvarotiem darbiniekiem; žurnāli glabājas 12 mēnešus.',
          systems: random.pick(['Horizon', 'Microsoft 365', 'Interneta veikala platforma', 'CRM sistēma', 'Papīra lietas']),
          dataLocation: 'Latvija',
          dpiaCriteria: categories.includes('dc-health') ? ['sensitive_data'] : [],
          dpiaStatus: 'not_required',
          dpiaNotes: '',
          notes: n % 10 === 0 ? 'Pārskatīts kopā ar struktūrvienības vadītāju.' : '',
        });
        await saveActivity(trx, draft, ctx);
      }
    },
  });
  await connection.close();
  return { path, activities, processors: processorCount, retentionRules: ruleCount };
}
