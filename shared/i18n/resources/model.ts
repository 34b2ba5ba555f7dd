/**
 * Text for issue 15's model fields (docs/model.md): labels, help and choices
 * in Latvian and English, as the namespace `model` (`model:enums.periodState.
 * not_stated`). Its own namespace so parallel work on `fields` merges; the
 * validation messages are spread into `validation`, where zod's keys are
 * looked up.
 */
import { defineNamespace, type Translation } from '../define.ts';

const modelLv = {
  retentionRule: {
    periodState: 'Termiņa stāvoklis',
    periodText: 'Termiņš, kā tas rakstīts avotā',
    periodStateHelp:
      'Strukturēts: skaitlis un mērvienība (no notikuma, ja norādīts) vai kritērijs. “Nav norādīts”: avots (politika, importētā tabula) termiņu nenosaka, un to nevajag izdomāt. “Nav nolasīts”: teksts izskatās pēc termiņa, bet to neizdevās nolasīt; pārrakstiet to skaitlī un mērvienībā.',
    periodTextHelp: 'Sākotnējais teksts, no kura termiņš nolasīts (piemēram, “5 gadi pēc līguma beigām”). Saglabāts, lai var pārbaudīt nolasīto.',
  },
  activity: {
    recipientsNone: 'Saņēmēju nav',
    transfersNone: 'Nosūtīšanas uz trešajām valstīm nav',
    processorsNone: 'Apstrādātāju nav',
    noneHelp: 'Atzīmējiet, ja atbilde ir “nav”. Tukšs saraksts bez atzīmes nozīmē “vēl nav aizpildīts”, un pārbaude to rāda kā trūkumu.',
  },
  organisation: {
    roles: 'Loma reģistrā',
    rolesHelp:
      'Visas lomas, kādās organizācija apstrādā datus: pārzinis (savi darbinieki, klienti), apstrādātājs (klientu vārdā), kopīgs pārzinis (26. pants), grupas dalībnieks, pārstāvis ES (27. pants).',
  },
  enums: {
    periodState: { structured: 'Strukturēts', not_stated: 'Nav norādīts', not_parsed: 'Nav nolasīts' },
    organisationRole: {
      controller: 'Pārzinis',
      processor: 'Apstrādātājs',
      joint_controller: 'Kopīgs pārzinis',
      group_member: 'Uzņēmumu grupas dalībnieks',
      representative: 'Pārstāvis (27. pants)',
    },
  },
  never: 'nekad',
  none: {
    recipients: 'Saņēmēju nav',
    transfers: 'Nosūtīšanas uz trešajām valstīm nav',
    processors: 'Apstrādātāju nav',
  },
};

const modelEn: Translation<typeof modelLv> = {
  retentionRule: {
    periodState: 'Period state',
    periodText: 'Period as written in the source',
    periodStateHelp:
      'Structured: a number and unit (from an event, if given) or a criterion. “Not stated”: the source (a policy, an imported workbook) sets no period, and none should be invented. “Not parsed”: the text reads like a period but could not be read; restate it as a number and unit.',
    periodTextHelp: 'The original text the period was read from (e.g. “5 years after the end of the contract”). Kept so the reading can be checked.',
  },
  activity: {
    recipientsNone: 'No recipients',
    transfersNone: 'No transfers to third countries',
    processorsNone: 'No processors',
    noneHelp: 'Tick when the answer is “none”. An empty list without the tick means “not filled in yet”, and the checks report it as missing.',
  },
  organisation: {
    roles: 'Role in the register',
    rolesHelp:
      'Every role in which the organisation processes data: controller (its own staff, customers), processor (on behalf of clients), joint controller (Art. 26), group member, representative in the EU (Art. 27).',
  },
  enums: {
    periodState: { structured: 'Structured', not_stated: 'Not stated', not_parsed: 'Not parsed' },
    organisationRole: {
      controller: 'Controller',
      processor: 'Processor',
      joint_controller: 'Joint controller',
      group_member: 'Member of a group of undertakings',
      representative: 'Representative (Art. 27)',
    },
  },
  never: 'never',
  none: {
    recipients: 'No recipients',
    transfers: 'No transfers to third countries',
    processors: 'No processors',
  },
};

export const model = defineNamespace(modelLv, modelEn);

export const modelValidationLv = {
  noneButListed: 'Atzīmēts “nav”, bet saraksts nav tukšs: noņemiet atzīmi vai ierakstus.',
};
export const modelValidationEn: Translation<typeof modelValidationLv> = {
  noneButListed: 'Marked “none” but the list is not empty: clear the tick or the entries.',
};

/** Titles and messages of issue 15's rules, spread into `checks` (`checks:message.retention-period.not-parsed`). */
export const modelChecksLv = {
  title: {
    'retention-period': {
      'not-parsed': 'Glabāšanas termiņš nav nolasīts',
      'not-stated': 'Glabāšanas termiņš nav norādīts',
    },
    adequacy: { 'list-outdated': 'Pietiekamības lēmumu saraksts nav pārbaudīts ilgāk par gadu' },
  },
  message: {
    'retention-period': {
      'not-parsed':
        'Glabāšanas noteikuma “{{name}}” termiņš “{{text}}” ir teksts, ko neizdevās nolasīt kā skaitli un mērvienību. Ierakstiet termiņu skaitlī un mērvienībā (un notikumu, no kura to skaita) vai kā kritēriju.',
      'not-stated':
        'Glabāšanas noteikumā “{{name}}” termiņš atzīmēts kā “nav norādīts”. 30. panta 1. punkta f) apakšpunkts prasa dzēšanas termiņu, ja iespējams: noskaidrojiet to vai ierakstiet kritēriju, pēc kura to nosaka.',
    },
    adequacy: {
      'list-outdated':
        'Organizācija “{{name}}” nosūta datus uz trešajām valstīm, bet reģistra pietiekamības lēmumu saraksts pēdējo reizi pārbaudīts: {{checkedOn}} (vairāk nekā pirms gada vai nav zināms). Pārbaudiet Eiropas Komisijas lēmumu sarakstu, atjauniniet valstu katalogu un pārbaudes datumu.',
    },
  },
};

export const modelChecksEn: Translation<typeof modelChecksLv> = {
  title: {
    'retention-period': {
      'not-parsed': 'Retention period not read',
      'not-stated': 'Retention period not stated',
    },
    adequacy: { 'list-outdated': 'Adequacy list not checked for over a year' },
  },
  message: {
    'retention-period': {
      'not-parsed':
        'The period “{{text}}” of retention rule “{{name}}” is text that could not be read as a number and unit. Enter the period as a number and unit (and the event it counts from) or as a criterion.',
      'not-stated':
        'Retention rule “{{name}}” records its period as “not stated”. Art. 30(1)(f) asks for the time limit for erasure where possible: find it out, or enter the criterion that determines it.',
    },
    adequacy: {
      'list-outdated':
        "Organisation “{{name}}” transfers data to third countries, but the register's list of adequacy decisions was last checked: {{checkedOn}} (more than a year ago, or not known). Check the European Commission's list of decisions and update the countries catalogue and the date checked.",
    },
  },
};
