/**
 * Help for issue 15's last two model points: the legal basis stated once for
 * an activity (inherited by its purposes) and the named sources of the data
 * (Art. 14(2)(f)). Examples follow the sample policies.
 */
import { A6_1, A14_2_F } from './articles.ts';
import { help, type FieldHelp } from './define.ts';

export const activityBasesSourcesHelp: Record<string, FieldHelp> = {
  legalBasisIds: help(
    A6_1,
    [
      'Pamats, uz kura balstās visa darbība. Nolūki, kuriem savs pamats nav norādīts, to manto; nolūks ar savu pamatu paliek pie sava.',
      'b) līguma izpilde (visiem interneta veikala pasūtījumu nolūkiem)',
    ],
    [
      'The basis the whole activity rests on. Purposes that state no basis of their own inherit it; a purpose with its own keeps it.',
      '(b) performance of a contract (for every purpose of the web shop orders)',
    ],
  ),
  namedSources: help(
    A14_2_F,
    ['Kur dati iegūti, ja ne no paša datu subjekta: avota veids un nosaukums.', 'Publisks reģistrs: Uzņēmumu reģistrs'],
    ['Where the data came from when not from the data subject: the kind of source and its name.', 'A public register: Uzņēmumu reģistrs (the Register of Enterprises)'],
  ),
  'namedSources.sourceType': help(
    A14_2_F,
    ['Pats datu subjekts, cits pārzinis, publisks reģistrs, apstrādātājs vai partneris, publiski pieejami avoti.', 'Cits pārzinis'],
    ['The data subject, another controller, a public register, a processor or partner, publicly accessible sources.', 'Another controller'],
  ),
  'namedSources.name': help(
    A14_2_F,
    ['Avota nosaukums, kā to saprastu datu subjekts.', 'VID (Valsts ieņēmumu dienests)'],
    ['The source’s name as a data subject would understand it.', 'VID (the State Revenue Service)'],
  ),
  'namedSources.dataCategoryId': help(
    A14_2_F,
    ['Datu kategorija, ko šis avots dod; tukšs, ja avots dod visus darbības datus.', 'Kredītvēsture'],
    ['The data category this source provides; empty when it provides all of the activity’s data.', 'Credit history'],
  ),
};
