/**
 * The one table that tells which WP248 criteria a record's own content shows
 * (issue 15: "an inspector reads the record itself, not the ticks").
 *
 * Each signal names what it saw (in Latvian and English, for "secināts no:
 * biometriskie dati" / "inferred from: biometric data") and the criteria it
 * implies. A signal fires on catalogue codes where the register has them
 * (data categories; data subject categories by their "employees" and
 * "vulnerable" marks, dpia-inference.ts) and on words in the record's
 * name, description, purposes and notes on the sources, in Latvian and in
 * English, where it has none: a DPO who typed "videonovērošana" into the
 * name has recorded CCTV as surely as one who picked a code.
 *
 * Patterns match word stems (Latvian inflects: "videonovērošana",
 * "videonovērošanas", "videonovērošanai"), case-insensitively; each is
 * tested with a trigger and a near miss in test/rules/dpia-signals.test.ts.
 */
import type { DpiaCriterion } from '../domain/activity.ts';

export interface DpiaSignal {
  /** Stable id, for tests and docs. */
  id: string;
  /** What was seen, as "secināts no: …" shows it. */
  label: { lv: string; en: string };
  criteria: readonly DpiaCriterion[];
  /** Catalogue codes of data categories that show it. */
  dataCategoryIds?: readonly string[];
  /** Words in the record's texts that show it. */
  patterns: readonly RegExp[];
}

/** Every signal, in the order their reasons are listed. */
export const DPIA_SIGNALS: readonly DpiaSignal[] = [
  {
    id: 'biometric',
    label: { lv: 'biometriskie dati', en: 'biometric data' },
    criteria: ['sensitive_data', 'innovative_technology'],
    dataCategoryIds: ['dc-biometric'],
    patterns: [/biometri/i, /sejas atpazī/i, /facial recognition/i, /face recognition/i, /pirkstu nospiedum/i, /fingerprint/i],
  },
  {
    id: 'genetic',
    label: { lv: 'ģenētiskie dati', en: 'genetic data' },
    criteria: ['sensitive_data', 'innovative_technology'],
    dataCategoryIds: ['dc-genetic'],
    patterns: [/ģenētisk/i, /\bgenetic/i, /\bDNS\b/, /\bDNA\b/],
  },
  {
    id: 'cctv',
    label: { lv: 'videonovērošana', en: 'CCTV' },
    criteria: ['systematic_monitoring'],
    patterns: [/video\s?novērošan/i, /novērošanas kamer/i, /\bCCTV\b/i, /video surveillance/i, /surveillance camera/i],
  },
  {
    id: 'location-tracking',
    label: { lv: 'atrašanās vietas izsekošana', en: 'location tracking' },
    criteria: ['systematic_monitoring'],
    dataCategoryIds: ['dc-location'],
    patterns: [/\bGPS\b/, /atrašanās viet\S* (izsekošan|noteikšan|uzraudzīb)/i, /izsekošan/i, /location tracking/i, /\btracking of (vehicles|location)/i, /telematics/i, /telemātik/i],
  },
  {
    id: 'employee-monitoring',
    label: { lv: 'darbinieku uzraudzība', en: 'monitoring of employees' },
    criteria: ['systematic_monitoring'],
    patterns: [/darbinieku (uzraudzīb|monitoring|novērošan)/i, /darba viet\S* (uzraudzīb|novērošan)/i, /(employee|staff|workplace) monitoring/i, /monitoring (of )?(employees|staff)/i],
  },
  {
    id: 'public-spaces',
    label: { lv: 'publiskas vietas', en: 'public spaces' },
    criteria: ['systematic_monitoring'],
    patterns: [/publisk\S* (viet|telp|zon|teritorij)/i, /public(ly accessible)? (space|area|place)/i],
  },
  {
    id: 'scoring',
    label: { lv: 'novērtēšana vai profilēšana', en: 'scoring or profiling' },
    criteria: ['evaluation_scoring'],
    patterns: [/kredītspēj/i, /maksātspēj/i, /kredītreiting/i, /creditworth/i, /credit ?scor/i, /\bscoring/i, /profilēšan/i, /\bprofiling/i, /riska novērtējum\S* klient/i],
  },
  {
    id: 'automated-decisions',
    label: { lv: 'automatizēti lēmumi', en: 'automated decisions' },
    criteria: ['automated_decision'],
    patterns: [/automatizēt\S* lēmum/i, /automated decision/i, /automatic (refusal|rejection|approval)/i, /automātisk\S* (atteikum|lēmum)/i],
  },
  {
    id: 'children',
    label: { lv: 'bērni', en: 'children' },
    criteria: ['vulnerable_subjects'],
    patterns: [/\bbērn/i, /nepilngadīg/i, /\bchild/i, /\bminors?\b/i, /\bpupils?\b/i, /skolēn/i],
  },
  {
    id: 'patients',
    label: { lv: 'pacienti', en: 'patients' },
    criteria: ['vulnerable_subjects'],
    patterns: [/pacient/i, /\bpatients?\b/i],
  },
  {
    id: 'debtors',
    label: { lv: 'parādnieki', en: 'debtors' },
    criteria: ['vulnerable_subjects'],
    patterns: [/parādniek/i, /parādu piedziņ/i, /\bdebtors?\b/i, /debt collection/i],
  },
  {
    id: 'combined-sources',
    label: { lv: 'apvienoti dati no vairākiem avotiem', en: 'data combined from several sources' },
    criteria: ['matching_datasets'],
    patterns: [/datu (apvienošan|savienošan|salīdzināšan|sasaist)/i, /apvieno\S* (ar|datus)/i, /(matching|combining|merging) (of )?(data|datasets|records)/i, /data matching/i],
  },
];

/** True when one of the signal's patterns occurs in `text`. */
export function signalInText(signal: DpiaSignal, text: string): boolean {
  return signal.patterns.some((pattern) => pattern.test(text));
}
