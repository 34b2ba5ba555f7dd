import { describe, expect, it } from 'vitest';
import { DPIA_SIGNALS, signalInText } from '../../shared/rules/dpia-signals.ts';
import { inferDpiaCriteria, inferredFromText } from '../../shared/rules/dpia-inference.ts';
import { activity, register, useCatalogues } from './helpers.ts';

useCatalogues();

/** Each signal: Latvian and English wording that shows it, and the closest wording that must not. */
const CASES: Record<string, { lv: string; en: string; nearMiss: string }> = {
  biometric: { lv: 'Darbinieku ieeja ar pirkstu nospiedumu lasītāju', en: 'Facial recognition at the gate', nearMiss: 'Darbinieku ieeja ar piekļuves kartēm' },
  genetic: { lv: 'Ģenētisko testu rezultāti', en: 'Genetic testing of patients', nearMiss: 'Ģenerālā vienošanās ar piegādātāju' },
  cctv: { lv: 'Veikala videonovērošanas ieraksti', en: 'CCTV at the warehouse', nearMiss: 'Video konferenču ieraksti mācībām' },
  'location-tracking': { lv: 'Dienesta auto GPS izsekošana', en: 'Location tracking of couriers', nearMiss: 'Piegādes adrese pasūtījumā' },
  'employee-monitoring': { lv: 'Darbinieku uzraudzība darba datoros', en: 'Employee monitoring software', nearMiss: 'Darbinieku apmācību uzskaite' },
  'public-spaces': { lv: 'Kameras publiskās vietās pie ēkas', en: 'Cameras covering public areas', nearMiss: 'Publikāciju saraksts mājaslapā' },
  scoring: { lv: 'Klientu kredītspējas novērtēšana', en: 'Credit scoring of applicants', nearMiss: 'Klientu kredīta līguma noslēgšana' },
  'automated-decisions': { lv: 'Automatizēti lēmumi par aizdevumu', en: 'Automatic rejection of incomplete applications', nearMiss: 'Automatizēta rēķinu nosūtīšana' },
  children: { lv: 'Bērnu nometnes dalībnieki', en: 'Summer school for children', nearMiss: 'Bērziņa ielas biroja apmeklētāji' },
  patients: { lv: 'Pacientu pieraksts', en: 'Patient appointments', nearMiss: 'Patentu pieteikumi' },
  debtors: { lv: 'Parādnieku saraksts piedziņai', en: 'Letters to debtors', nearMiss: 'Parāda dzēšanas līgumi ar bankām' },
  'combined-sources': { lv: 'Klientu datu apvienošana ar lojalitātes programmas datiem', en: 'Matching of records from two systems', nearMiss: 'Klientu datu labošana pēc pieprasījuma' },
};

describe('the DPIA signal table (shared/rules/dpia-signals.ts)', () => {
  it('has a Latvian trigger, an English trigger and a near miss for every signal', () => {
    expect(Object.keys(CASES).sort()).toEqual(DPIA_SIGNALS.map((s) => s.id).sort());
  });

  for (const signal of DPIA_SIGNALS) {
    it(`${signal.id}: found in Latvian and English wording, not in the near miss`, () => {
      const c = CASES[signal.id]!;
      expect(signalInText(signal, c.lv), c.lv).toBe(true);
      expect(signalInText(signal, c.en), c.en).toBe(true);
      expect(signalInText(signal, c.nearMiss), c.nearMiss).toBe(false);
    });
  }
});

describe('inferDpiaCriteria', () => {
  const lookups = () => {
    const document = register();
    return {
      dataCategories: new Map(document.catalogues.dataCategories.map((c) => [c.id, c])),
      subjectCategories: new Map(document.catalogues.dataSubjectCategories.map((c) => [c.id, c])),
    };
  };

  it('reads codes: special data, employees, several outside sources, the number of subjects against the threshold', () => {
    const inferred = inferDpiaCriteria(
      activity({
        dataSubjectCategoryIds: ['ds-employees'],
        dataCategories: [{ dataCategoryId: 'dc-criminal', retentionRuleId: null, notes: '' }],
        sourceTypes: ['data_subject', 'third_party', 'public'],
        approxSubjects: 12_000,
      }),
      lookups(),
      10_000,
    );
    expect(inferred.map((i) => [i.criterion, inferredFromText(i, 'lv')])).toEqual([
      ['sensitive_data', 'secināts no: personas dati par sodāmību un pārkāpumiem'],
      ['large_scale', 'secināts no: ~12000 datu subjekti, slieksnis 10000'],
      ['matching_datasets', 'secināts no: dati no vairākiem avotiem'],
      ['vulnerable_subjects', 'secināts no: darbinieki'],
    ]);
    expect(inferDpiaCriteria(activity({ approxSubjects: 12_000 }), lookups(), 20_000)).toEqual([]);
  });

  it('an automated decision counts until the DPO records why it has no significant effect, even when worded in the name', () => {
    const deciding = activity({ name: 'Automatizēti lēmumi par atlaidēm', automatedDecision: true });
    expect(inferDpiaCriteria(deciding, lookups()).map((i) => i.criterion)).toEqual(['automated_decision']);
    expect(inferDpiaCriteria({ ...deciding, automatedDecisionNoEffectReason: 'Atlaide tikai labvēlīga.' }, lookups())).toEqual([]);
  });
});
