/**
 * A register with many activities, for the list's performance and
 * virtualisation: built through the real repositories, in one transaction,
 * with varied content (statuses, legal bases, special data, transfers,
 * review dates) so that filters have something to find.
 */
import { join } from 'node:path';
import { createRegisterFile } from '../../main/db/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { ProcessorInput, emptyProcessor } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';

const SUBJECTS = ['Klientu', 'Darbinieku', 'Piegādātāju', 'Apmeklētāju', 'Pacientu', 'Skolēnu', 'Čeku', 'Žurnālu', 'Ēdināšanas', 'Šūšanas'];
const WHAT = ['uzskaite', 'reģistrācija', 'apkalpošana', 'atlase', 'videonovērošana', 'analītika', 'arhivēšana', 'norēķini'];

const PROCESSOR: ProcessorInput = {
  ...emptyProcessor('SIA Mākoņglabātava'),
  countryId: 'LV',
  service: 'Mākoņglabāšana',
  dataLocation: 'ES',
};

const RULE: RetentionRuleInput = {
  name: 'Klientu dati',
  dataCategoryId: null,
  periodValue: 3,
  periodUnit: 'years',
  criterion: '',
  startEvent: 'Līguma beigas',
  legalSource: 'Komerclikums',
  legalArticle: '406. pants',
  actionAtExpiry: 'delete',
  backupsCovered: true,
  owner: '',
  lastReviewedOn: null,
  notes: '',
};

/** Activity number `index` (1-based) of a large register: "A-0001". */
export const largeNumber = (index: number) => `A-${String(index).padStart(4, '0')}`;

/** Creates `count` activities in a new register file in `folder`; answers its path. */
export async function largeRegister(folder: string, count: number): Promise<string> {
  const path = join(folder, `large-${count}.ropa`);
  let tick = Date.parse('2026-11-01T08:00:00.000Z');
  const ctx = { now: () => new Date((tick += 1)) };
  const connection = await createRegisterFile(path, {
    now: ctx.now,
    title: `Liels reģistrs (${count})`,
    initialise: async (trx) => {
      const organisation = await saveOrganisation(trx, { ...emptyOrganisation('SIA "Lielais Pārzinis"'), regNo: '40000000099' }, ctx);
      const processor = await saveProcessor(trx, ProcessorInput.parse(PROCESSOR), ctx);
      const rule = await saveRetentionRule(trx, RetentionRuleInput.parse(RULE), ctx);
      for (let index = 1; index <= count; index += 1) {
        const month = String((index % 12) + 1).padStart(2, '0');
        const draft = {
          ...emptyActivity(organisation.id, '2026-01-05'),
          number: largeNumber(index),
          name: `${SUBJECTS[index % SUBJECTS.length]} ${WHAT[index % WHAT.length]} ${index}`,
          status: (['active', 'active', 'draft', 'ended'] as const)[index % 4],
          endedOn: index % 4 === 3 ? '2026-06-30' : null,
          nextReviewOn: `2027-${month}-15`,
          purposes: [{ description: `Nolūks ${index}`, legalBasisIds: [(['lb-a', 'lb-b', 'lb-c', 'lb-f'] as const)[index % 4]], legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null }],
          dataCategories: [{ dataCategoryId: index % 10 === 0 ? 'dc-health' : 'dc-contact', retentionRuleId: rule.id, notes: '' }],
          processors: index % 7 === 0 ? [{ processorId: processor.id, notes: '' }] : [],
          transfers: index % 50 === 0 ? [{ countryId: 'US', processorId: processor.id, transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF', derogationJustification: '', notes: '' }] : [],
        };
        await saveActivity(trx, ActivityInput.parse(draft), ctx);
      }
    },
  });
  await connection.close();
  return path;
}
