/**
 * Labels and help of the fields the inspector-like checks read (issue 15,
 * part 1). Spread into the `fields` namespace (labels) and the `activity`
 * namespace (editor help), so parallel work on other fields does not touch
 * the same lines.
 */
export const inspectorFieldsLv = {
  organisation: {
    largeScaleThreshold: 'Liela mēroga slieksnis (datu subjektu skaits)',
  },
  activity: {
    approxSubjects: 'Aptuvenais datu subjektu skaits',
    approxRecords: 'Aptuvenais ierakstu skaits',
    automatedDecisionNoEffectReason: 'Kāpēc lēmumiem nav juridisku vai līdzīgi būtisku seku',
    profilingInformation: 'Kur datu subjekti informēti par profilēšanu',
    dpiaInferred: 'No ieraksta satura secinātie kritēriji',
  },
};

export const inspectorFieldsEn = {
  organisation: {
    largeScaleThreshold: 'Large-scale threshold (number of data subjects)',
  },
  activity: {
    approxSubjects: 'Approximate number of data subjects',
    approxRecords: 'Approximate number of records',
    automatedDecisionNoEffectReason: 'Why the decisions have no legal or similarly significant effect',
    profilingInformation: 'Where data subjects are told about the profiling',
    dpiaInferred: 'Criteria inferred from the record',
  },
};

/** Editor help (`activity:inspector.*`). */
export const inspectorHelpLv = {
  approxSubjectsHint:
    'Aptuveni, cik cilvēku dati tiek apstrādāti. No organizācijas liela mēroga sliekšņa (pēc noklusējuma 10 000) apstrāde uzskatāma par liela mēroga (WP248 5. kritērijs, 37. panta 1. punkts).',
  approxRecordsHint: 'Aptuveni, cik ierakstu (rindu, lietu, failu) tiek glabāts; noder arī pārkāpuma novērtēšanai.',
  noEffectReasonHint:
    'Ja automatizētajiem lēmumiem nav juridisku vai līdzīgi būtisku seku, ierakstiet, kāpēc (piemēram, “lēmums ir tikai ieteikums; katru atteikumu pārskata darbinieks”). Bez šī pamatojuma lēmumi tiek uzskatīti par 22. panta gadījumu.',
  profilingInformationHint: 'Privātuma paziņojums un tā sadaļa, kurā datu subjektiem paskaidrota profilēšana un tiesības iebilst (21. panta 4. punkts).',
  inferredHint: 'Ko pārbaudes secina no ieraksta satura (datu kategorijām, datu subjektiem, nosaukuma un nolūkiem), papildus atzīmētajiem kritērijiem.',
  inferredNone: 'No ieraksta satura nav secināts neviens kritērijs.',
  largeScaleThresholdHint:
    'No šī datu subjektu skaita apstrādes darbība uzskatāma par liela mēroga. 10 000 ir aptuveni 0,5 % Latvijas iedzīvotāju; slimnīcai var būt piemērots mazāks, valsts mēroga tirgotājam lielāks slieksnis.',
};

export const inspectorHelpEn = {
  approxSubjectsHint:
    'Roughly how many people’s data is processed. From the organisation’s large-scale threshold (10,000 by default) the processing counts as large scale (WP248 criterion 5, Art. 37(1)).',
  approxRecordsHint: 'Roughly how many records (rows, files, cases) are kept; also useful when assessing a breach.',
  noEffectReasonHint:
    'If the automated decisions have no legal or similarly significant effect, record why (for example “the decision is only a suggestion; a person reviews every refusal”). Without this reason they are treated as an Art. 22 case.',
  profilingInformationHint: 'The privacy notice and its section that explains the profiling and the right to object (Art. 21(4)).',
  inferredHint: 'What the checks infer from the record’s content (data categories, data subjects, name and purposes), beside the ticked criteria.',
  inferredNone: 'No criterion is inferred from the record’s content.',
  largeScaleThresholdHint:
    'From this number of data subjects an activity counts as large scale. 10,000 is about 0.5 % of Latvia’s population; a hospital may want a lower threshold, a national retailer a higher one.',
};
