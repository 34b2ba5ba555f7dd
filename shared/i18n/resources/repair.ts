import { defineNamespace } from '../define.ts';

/** `ropa repair`: what was left out of a register carrying objects ROPA did not create. */
export const repair = defineNamespace(
  {
    dropped: 'Atmests: {{typeLv}} “{{name}}” ({{kind}})',
    kinds: { foreign: 'ROPA to nav izveidojusi', replaced: 'aizstāja ROPA tabulu; tās dati zuduši', missing: 'failā nebija', changed: 'atšķīrās; pārnestas ROPA zināmās kolonnas' },
    refused: 'Tabula {{table}}: {{refused}} rindas neatbilda ROPA struktūrai un netika pārnestas ({{copied}} pārnestas).',
    nothingDropped: 'Failā nebija nekā, ko atmest.',
    written: 'Jaunais reģistrs: {{file}} ({{rows}} rindas pārnestas). Pārbaudiet to ar “ropa verify --db {{file}}”.',
  },
  {
    dropped: 'Left out: {{typeEn}} “{{name}}” ({{kind}})',
    kinds: { foreign: 'ROPA did not create it', replaced: 'it replaced ROPA’s table; that table’s data is lost', missing: 'not in the file', changed: 'it differed; the columns ROPA knows were copied' },
    refused: 'Table {{table}}: {{refused}} rows did not fit ROPA’s structure and were not copied ({{copied}} copied).',
    nothingDropped: 'The file had nothing to leave out.',
    written: 'The new register: {{file}} ({{rows}} rows copied). Check it with “ropa verify --db {{file}}”.',
  },
);
