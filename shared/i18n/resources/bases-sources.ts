/**
 * Text for issue 15's last two model points (docs/model.md): a legal basis
 * stated once for an activity and inherited by its purposes, and named
 * sources of the data (Art. 14(2)(f)). Namespace `basesSources`; its check
 * texts are spread into `checks`. Kept in its own file so parallel work on
 * `fields` and `model` merges.
 */
import { defineNamespace, type Translation } from '../define.ts';

const basesSourcesLv = {
  activityBases: 'Tiesiskais pamats visai darbībai (6. panta 1. punkts)',
  activityBasesHint: 'Ja visiem nolūkiem ir viens pamats, norādiet to šeit vienreiz. Nolūks, kam nav sava pamata, to manto.',
  inherited: 'mantots no darbības',
  inheritsNote: 'Savs pamats nav norādīts: nolūks manto darbības pamatu ({{bases}}).',
  forActivity: 'Visai darbībai',
  namedSources: 'Nosauktie datu avoti (14. panta 2. punkta f) apakšpunkts)',
  namedSourcesHint: 'Katram avotam: kāds tas ir un kā to sauc (piemēram, publisks reģistrs “Uzņēmumu reģistrs”). Ja avots attiecas uz vienu datu kategoriju, izvēlieties to.',
  source: {
    sourceType: 'Avota veids',
    name: 'Avota nosaukums',
    dataCategoryId: 'Datu kategorija',
    wholeActivity: 'Visi darbības dati',
    add: 'Pievienot avotu',
    remove: 'Noņemt {{n}}. avotu',
    sourceN: '{{n}}. avots',
    none: 'Neviens avots nav nosaukts.',
  },
  enums: {
    namedSourceType: {
      data_subject: 'Pats datu subjekts',
      other_controller: 'Cits pārzinis',
      public_register: 'Publisks reģistrs',
      partner: 'Apstrādātājs vai sadarbības partneris',
      publicly_available: 'Publiski pieejami avoti',
    },
  },
};

const basesSourcesEn: Translation<typeof basesSourcesLv> = {
  activityBases: 'Legal basis for the whole activity (Art. 6(1))',
  activityBasesHint: 'When every purpose rests on one basis, state it here once. A purpose that states none of its own inherits it.',
  inherited: 'inherited from the activity',
  inheritsNote: 'No basis of its own: the purpose inherits the activity’s ({{bases}}).',
  forActivity: 'For the whole activity',
  namedSources: 'Named sources of the data (Art. 14(2)(f))',
  namedSourcesHint: 'For each source: what kind it is and its name (e.g. the public register “Uzņēmumu reģistrs”). Choose a data category when the source gives only that.',
  source: {
    sourceType: 'Type of source',
    name: 'Name of the source',
    dataCategoryId: 'Data category',
    wholeActivity: 'All data of the activity',
    add: 'Add a source',
    remove: 'Remove source {{n}}',
    sourceN: 'Source {{n}}',
    none: 'No source is named.',
  },
  enums: {
    namedSourceType: {
      data_subject: 'The data subject',
      other_controller: 'Another controller',
      public_register: 'A public register',
      partner: 'A processor or partner',
      publicly_available: 'Publicly accessible sources',
    },
  },
};

export const basesSources = defineNamespace(basesSourcesLv, basesSourcesEn);

/** Validation messages, spread into `validation` (zod's keys are looked up there). */
export const basesSourcesValidationLv = {
  sourceCategoryNotInActivity: 'Avota datu kategorija nav starp šīs darbības datu kategorijām: pievienojiet to darbībai vai izvēlieties “Visi darbības dati”.',
};
export const basesSourcesValidationEn: Translation<typeof basesSourcesValidationLv> = {
  sourceCategoryNotInActivity: 'The source’s data category is not among this activity’s data categories: add it to the activity or choose “All data of the activity”.',
};

/** The named-source check's title and message, spread into `checks` (`checks:message.sources.unnamed`). */
export const basesSourcesChecksLv = {
  title: { sources: { unnamed: 'Datu avots nav nosaukts' } },
  message: {
    sources: {
      unnamed:
        'Darbībā “{{number}} {{name}}” dati iegūti ne no paša datu subjekta ({{kinds}}), bet avots nav nosaukts. 14. panta 2. punkta f) apakšpunkts prasa datu subjektam pateikt, no kāda avota dati iegūti: darbības sadaļā “Nosauktie datu avoti” pievienojiet avota veidu un nosaukumu (piemēram, “Uzņēmumu reģistrs”).',
    },
  },
};
export const basesSourcesChecksEn: Translation<typeof basesSourcesChecksLv> = {
  title: { sources: { unnamed: 'Source of the data not named' } },
  message: {
    sources: {
      unnamed:
        'Activity “{{number}} {{name}}” obtains data not from the data subject ({{kinds}}), but names no source. Art. 14(2)(f) requires telling data subjects from which source the data originate: add the source’s type and name under “Named sources of the data” in the activity (e.g. “Uzņēmumu reģistrs”).',
    },
  },
};

/** Labels spread into `fields:activity`, where the history and the messages look a field up by its name. */
export const basesSourcesFieldsLv = {
  namedSources: basesSourcesLv.namedSources,
  sourceType: basesSourcesLv.source.sourceType,
};
export const basesSourcesFieldsEn: Translation<typeof basesSourcesFieldsLv> = {
  namedSources: basesSourcesEn.namedSources,
  sourceType: basesSourcesEn.source.sourceType,
};
