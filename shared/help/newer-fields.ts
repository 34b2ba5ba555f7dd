/**
 * Help for the fields issue 15 added to the model (the explicit "none"
 * answers, the approximate numbers and the Art. 22 reasoning on an activity;
 * an organisation's roles and its large-scale threshold; a retention rule's
 * period state and original text), kept apart from the older fields' help so
 * each file stays one reading.
 */
import { A13_2_F, A22_1, A30_1_A, A30_1_D, A30_1_E, A30_1_F, A35_1 } from './articles.ts';
import { help, type FieldHelp } from './define.ts';

export const activityNewerHelp: Record<string, FieldHelp> = {
  recipientsNone: help(
    A30_1_D,
    ['Atzīmējiet tikai tad, ja dati nevienam netiek izpausti: tā ir atbilde, nevis neaizpildīts lauks.', 'Iekšējā piekļuves žurnālu analīze, dati paliek IT nodaļā'],
    ['Tick only when the data are disclosed to no one: it is an answer, not a field left empty.', 'Internal review of access logs; the data stay with the IT team'],
  ),
  transfersNone: help(
    A30_1_E,
    ['Atzīmējiet, ja dati netiek nosūtīti uz trešo valsti vai starptautisku organizāciju.', 'Visi serveri Latvijā un Vācijā'],
    ['Tick when the data are not transferred to a third country or an international organisation.', 'All servers in Latvia and Germany'],
  ),
  processorsNone: help(
    A30_1_D,
    ['Atzīmējiet, ja šai darbībai nav neviena apstrādātāja (viss notiek organizācijā pašā).', 'Papīra apmeklētāju žurnāls pie reģistratūras'],
    ['Tick when no processor takes part in this activity (everything is done in-house).', 'Paper visitor log at the front desk'],
  ),
  approxSubjects: help(
    A35_1,
    ['Aptuvenais datu subjektu skaits; pēc tā vērtē, vai apstrāde notiek plašā mērogā.', '25 000'],
    ['The approximate number of data subjects; it decides whether the processing is on a large scale.', '25,000'],
  ),
  approxRecords: help(
    A35_1,
    ['Aptuvenais ierakstu skaits (gadā vai kopā), ja tas palīdz novērtēt apjomu.', '120 000 darījumu gadā'],
    ['The approximate number of records (a year or in all), where it helps judge the scale.', '120,000 transactions a year'],
  ),
  automatedDecisionNoEffectReason: help(
    A22_1,
    ['Ja lēmumus pieņem automātiski, paskaidrojiet, kāpēc tiem nav juridisku vai līdzīgi būtisku seku.', 'Sistēma tikai iesaka; katru atteikumu pārskata darbinieks'],
    ['Where decisions are automated, explain why they have no legal or similarly significant effect.', 'The system only suggests; a person reviews every refusal'],
  ),
  profilingInformation: help(
    A13_2_F,
    ['Kur datu subjekti uzzina par profilēšanu un tās loģiku: paziņojums un tā sadaļa.', 'Privātuma politika, 6. sadaļa „Profilēšana”'],
    ['Where data subjects learn about the profiling and its logic: the notice and its section.', 'Privacy policy, section 6 "Profiling"'],
  ),
};

export const organisationNewerHelp: Record<string, FieldHelp> = {
  roles: help(
    A30_1_A,
    ['Kāda ir organizācijas loma reģistrā; var būt vairākas vienlaikus.', 'Pārzinis un apstrādātājs (grāmatvedības pakalpojumi klientiem)'],
    ['What the organisation is in this register; several may apply at once.', 'Controller and processor (bookkeeping for clients)'],
  ),
  largeScaleThreshold: help(
    A35_1,
    ['No cik datu subjektiem apstrādi uzskatīt par plaša mēroga; noklusējums 10 000.', '10000'],
    ['From how many data subjects processing counts as large-scale; 10,000 by default.', '10000'],
  ),
};

export const retentionRuleNewerHelp: Record<string, FieldHelp> = {
  periodState: help(
    A30_1_F,
    ['Vai termiņš ir strukturēts, avotā nav norādīts, vai no teksta nav nolasīts (tad to jāpārbauda).', 'Strukturēts'],
    ['Whether the period is structured, not stated in the source, or could not be read from the text (check it then).', 'Structured'],
  ),
  periodText: help(
    A30_1_F,
    ['Termiņš, kā tas rakstīts avotā (darblapā, politikā); saglabāts, lai nolasīto var pārbaudīt.', '5 gadi pēc līguma beigām'],
    ['The period as the source wrote it (a workbook, a policy); kept so the reading can be checked.', '5 years after the end of the contract'],
  ),
};
