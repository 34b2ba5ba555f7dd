import { defineNamespace } from '../define.ts';

/**
 * Two people editing one record (issue 20): the editor keeps the user's
 * unsaved input when a save is refused with CONFLICT, or when the record is
 * changed elsewhere while the form is open, and offers Reload or Compare.
 */
export const conflicts = defineNamespace(
  {
    changedElsewhere: 'Šo ierakstu {{at}} mainīja {{author}}. Jūsu nesaglabātās izmaiņas ir saglabātas formā.',
    changedElsewhereNoAuthor: 'Šis ieraksts tika mainīts {{at}}. Jūsu nesaglabātās izmaiņas ir saglabātas formā.',
    kept: 'Jūsu ievadītais nav zaudēts: izvēlieties, ko darīt.',
    reload: 'Ielādēt no jauna',
    reloadHint: 'Atmest manas izmaiņas un ielādēt saglabāto versiju',
    compare: 'Salīdzināt',
    compareTitle: 'Manas izmaiņas un saglabātā versija',
    compareLead: 'Lauki, kuros jūsu ievadītais atšķiras no versijas, ko saglabāja cits lietotājs.',
    field: 'Lauks',
    mine: 'Mans (nesaglabāts)',
    theirs: 'Saglabātā versija',
    keepMine: 'Saglabāt manējo',
    takeTheirs: 'Ņemt saglabāto',
    noDifferences: 'Lauku vērtības nav atšķirīgas; saglabājot tiks ierakstīta jaunākā versija.',
    empty: '—',
    yes: 'jā',
    no: 'nē',
    gone: 'Šis ieraksts ir dzēsts. Jūsu ievadītais ir formā; to var saglabāt kā jaunu ierakstu.',
  },
  {
    changedElsewhere: '{{author}} changed this record on {{at}}. Your unsaved changes are still in the form.',
    changedElsewhereNoAuthor: 'This record was changed on {{at}}. Your unsaved changes are still in the form.',
    kept: 'What you entered is not lost: choose what to do.',
    reload: 'Reload',
    reloadHint: 'Discard my changes and load the saved version',
    compare: 'Compare',
    compareTitle: 'My changes and the saved version',
    compareLead: 'The fields where what you entered differs from the version another user saved.',
    field: 'Field',
    mine: 'Mine (unsaved)',
    theirs: 'Saved version',
    keepMine: 'Keep mine and save',
    takeTheirs: 'Take the saved version',
    noDifferences: 'No field differs; saving will record it on the newest version.',
    empty: '—',
    yes: 'yes',
    no: 'no',
    gone: 'This record has been deleted. What you entered is in the form; it can be saved as a new record.',
  },
);
