/**
 * Realistic registers of any size for benchmarks: a consultant's register
 * with many client organisations, each with its processors, retention rules
 * and activities linked as a DPO would link them (purposes with bases, data
 * categories with rules, recipients, processors, transfers, measures, DPIA
 * screening), written through the real repositories in one transaction, so
 * the file, its indexes and its history are what the app would have made.
 *
 * Deterministic: the same size and seed give the same register.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegisterFile } from '../../main/db/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { newOrganisation } from '../../main/services/register-files.ts';
import { ActivityInput, DPIA_CRITERIA, emptyActivity } from '../../shared/domain/activity.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';

/** Mulberry32: a tiny seeded PRNG, so runs are repeatable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'personas dati apstrāde klientu darbinieku līguma izpilde grāmatvedība sīkdatnes mārketings videonovērošana piegāde rēķini atbalsts pieteikumi drošība žurnāli analītika lojalitāte pretenzijas garantija atalgojums kandidāti apmācība veselība ceļojumi transportlīdzekļi sertifikāti iepirkumi'.split(' ');
const DATA_CATEGORIES = ['dc-identity', 'dc-contact', 'dc-employment', 'dc-payroll', 'dc-bank', 'dc-financial', 'dc-contract', 'dc-order', 'dc-account', 'dc-online', 'dc-usage', 'dc-marketing', 'dc-image', 'dc-correspondence', 'dc-education', 'dc-health', 'dc-criminal'];
const SUBJECTS = ['ds-employees', 'ds-applicants', 'ds-customers', 'ds-prospects', 'ds-business-contacts', 'ds-supplier-contacts', 'ds-website-visitors', 'ds-subscribers', 'ds-visitors'];
const RECIPIENTS = ['rc-management', 'rc-hr', 'rc-accounting', 'rc-it', 'rc-processors', 'rc-vid', 'rc-authorities', 'rc-banks', 'rc-auditors', 'rc-couriers'];
const MEASURES = ['sm-access-control', 'sm-mfa', 'sm-encryption-rest', 'sm-encryption-transit', 'sm-backup', 'sm-logging', 'sm-malware', 'sm-policy', 'sm-training', 'sm-confidentiality', 'sm-need-to-know', 'sm-incident'];
const BASES = ['lb-a', 'lb-b', 'lb-c', 'lb-f'];
const COUNTRIES = ['US', 'GB', 'CH', 'IN', 'UA', 'CA'];
const MECHANISMS: Record<string, string> = { US: 'tm-dpf', GB: 'tm-adequacy', CH: 'tm-adequacy', IN: 'tm-scc-c2p', UA: 'tm-scc-c2p', CA: 'tm-adequacy' };

export interface GenerateOptions {
  activities: number;
  /** Activities per organisation (a consultant's client). */
  perOrganisation?: number;
  seed?: number;
  /** Also edit this share of activities once (history with before/after). */
  editShare?: number;
}

/** Writes a new register at `path` (which must not exist). */
export async function generateRegister(path: string, options: GenerateOptions): Promise<void> {
  const random = prng(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length > 0) result.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
    return result;
  };
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  let clock = Date.parse('2026-01-01T08:00:00.000Z');
  const ctx = { now: () => new Date((clock += 1000)) };
  const perOrganisation = options.perOrganisation ?? 100;
  const organisationCount = Math.max(1, Math.ceil(options.activities / perOrganisation));

  const connection = await createRegisterFile(path, {
    now: ctx.now,
    title: `Bench ${options.activities}`,
    initialise: async (trx) => {
      const processors: string[] = [];
      const rules: string[] = [];
      for (let p = 0; p < Math.max(5, Math.ceil(options.activities / 10)); p += 1) {
        const country = p % 7 === 0 ? pick(COUNTRIES) : 'LV';
        const saved = await saveProcessor(
          trx,
          ProcessorInput.parse({
            name: `Apstrādātājs ${p + 1} ${sentence(1)}`,
            regNo: String(40000000000 + p),
            countryId: country,
            address: `Rīga, ${sentence(2)} iela ${p + 1}`,
            contact: `info${p}@example.lv`,
            role: p % 9 === 0 ? 'sub_processor' : 'processor',
            service: sentence(4),
            contractDate: '2025-03-01',
            contractReference: `Līgums Nr. ${p + 1}/2025`,
            contractExpiry: p % 11 === 0 ? '2026-06-30' : null,
            dataLocation: country === 'LV' ? 'Latvija' : country,
            transferMechanismId: country === 'LV' ? null : (MECHANISMS[country] ?? null),
            dpfCertified: country === 'US',
            dpfCheckedOn: country === 'US' ? '2026-01-10' : null,
            subProcessorIds: processors.length > 3 && p % 5 === 0 ? [processors[p % 3] as string] : [],
            subProcessorNotes: '',
            lastReviewedOn: '2026-01-15',
            notes: sentence(8),
          }),
          ctx,
        );
        processors.push(saved.id);
      }
      for (let r = 0; r < Math.max(5, Math.ceil(options.activities / 20)); r += 1) {
        const open = r % 6 === 0;
        const saved = await saveRetentionRule(
          trx,
          RetentionRuleInput.parse({
            name: `Glabāšanas noteikums ${r + 1}: ${sentence(3)}`,
            dataCategoryId: pick(DATA_CATEGORIES),
            periodValue: open ? null : 1 + (r % 10),
            periodUnit: open ? null : 'years',
            criterion: open ? 'Līdz piekrišanas atsaukšanai' : '',
            startEvent: 'Līguma beigas',
            legalSource: pick(['Grāmatvedības likums', 'Civillikums', 'Darba likums', 'Komerclikums']),
            legalArticle: `${1 + (r % 40)}. pants`,
            actionAtExpiry: 'delete',
            backupsCovered: r % 2 === 0,
            owner: 'Datu aizsardzības speciālists',
            lastReviewedOn: '2026-01-15',
            notes: '',
          }),
          ctx,
        );
        rules.push(saved.id);
      }
      let made = 0;
      for (let o = 0; o < organisationCount && made < options.activities; o += 1) {
        const organisation = await saveOrganisation(
          trx,
          { ...newOrganisation(`SIA "Klients ${o + 1}"`), regNo: String(41000000000 + o), address: `Rīga, Brīvības iela ${o + 1}`, dpoName: 'Ilze Kalniņa', dpoEmail: 'das@example.lv' },
          ctx,
        );
        for (let n = 0; n < perOrganisation && made < options.activities; n += 1, made += 1) {
          const kind = n % 15 === 14 ? 'processor' : 'controller';
          const purposes = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
            const bases = some(BASES, 1, 2);
            return {
              description: sentence(6),
              legalBasisIds: bases,
              legitimateInterest: bases.includes('lb-f') ? sentence(8) : '',
              legitimateInterestAssessment: bases.includes('lb-f') && random() > 0.2 ? 'LIA-2026' : '',
              legitimateInterestAssessedOn: null,
            };
          });
          const categories = some(DATA_CATEGORIES, 2, 6);
          const transfers = random() > 0.8 ? some(COUNTRIES, 1, 2) : [];
          const linked = some(processors, 1, 3);
          const draft = ActivityInput.parse({
            ...emptyActivity(organisation.id, '2026-01-05'),
            kind,
            number: `PD-${String(n + 1).padStart(3, '0')}`,
            name: `${sentence(3)} ${n + 1}`,
            description: sentence(25),
            ownerUnit: pick(['Personāla daļa', 'Grāmatvedība', 'Pārdošana', 'IT', 'Vadība']),
            ownerPerson: 'Anna Bērziņa',
            status: n % 20 === 0 ? 'draft' : 'active',
            lastReviewedOn: '2026-01-10',
            reviewedBy: 'DAS',
            nextReviewOn: n % 9 === 0 ? '2026-12-01' : '2027-01-10',
            purposes: kind === 'processor' ? [] : purposes,
            art9ConditionIds: categories.includes('dc-health') ? ['a9-b'] : [],
            art10Basis: categories.includes('dc-criminal') ? 'Darba likums 33. pants' : '',
            dataSubjectCategoryIds: some(SUBJECTS, 1, 3),
            dataCategories: categories.map((id) => ({ dataCategoryId: id, retentionRuleId: random() > 0.05 ? pick(rules) : null, notes: '' })),
            sourceTypes: some(['data_subject', 'third_party', 'public', 'observed'] as const, 1, 2),
            sourceNotes: sentence(5),
            recipients: some(RECIPIENTS, 1, 4).map((id) => ({ recipientCategoryId: id, notes: '' })),
            processors: linked.map((id) => ({ processorId: id, notes: '' })),
            transfers: transfers.map((country) => ({
              countryId: country,
              processorId: linked[0] ?? null,
              transferMechanismId: MECHANISMS[country] ?? null,
              safeguardDocuments: 'Līguma pielikums',
              derogationJustification: '',
              notes: '',
            })),
            securityMeasureIds: some(MEASURES, 3, 6),
            securityNotes: sentence(10),
            systems: `${pick(['Horizon', 'Jumis', 'Microsoft 365', 'Google Workspace', 'Shopify'])}`,
            dataLocation: 'ES (Latvija)',
            dpiaCriteria: some(DPIA_CRITERIA, 0, 2),
            dpiaStatus: 'not_required',
            dpiaNotes: sentence(6),
            controllers:
              kind === 'processor'
                ? [{ name: `SIA "Pasūtītājs ${n}"`, regNo: '40000000000', contact: 'info@example.lv', representative: '', dpoContact: 'das@example.lv', processingCategories: sentence(8), contractReference: `DPA-${n}` }]
                : [],
            notes: sentence(12),
          });
          const saved = await saveActivity(trx, draft, ctx);
          if (random() < (options.editShare ?? 0.1)) {
            await saveActivity(trx, { ...saved, notes: `${saved.notes} (pārskatīts)` }, ctx);
          }
        }
      }
    },
  });
  await connection.close();
}

/** A generated register cached in the temp folder (generating 10,000 activities takes a while). */
export async function cachedRegister(activities: number, seed = 42): Promise<string> {
  const folder = join(tmpdir(), 'ropa-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `register-${activities}-${seed}-v1.ropa`);
  if (!existsSync(path)) {
    const temporary = `${path}.${process.pid}.partial.ropa`;
    rmSync(temporary, { force: true });
    await generateRegister(temporary, { activities, seed });
    renameSync(temporary, path);
  }
  return path;
}
