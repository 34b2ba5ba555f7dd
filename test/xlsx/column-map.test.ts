import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../main/xlsx/column-map.ts';
import { legalBasisPoint, mechanismFromText, parseYesNo, splitItems } from '../../main/xlsx/value-parsers.ts';
import { parseRetentionText } from '../../shared/retention-period.ts';

const fieldsOf = (headers: string[]) => proposeMapping(headers.map((header, i) => ({ letter: String.fromCharCode(65 + i), header }))).map((c) => c.field);

describe('matching a spreadsheet’s headers and values', () => {
  it('matches headers in Latvian and English whatever their case and diacritics', () => {
    expect(fieldsOf(['APSTRĀDES MĒRĶIS', 'apstrades darbiba', 'Tiesiskais pamats', 'Datu subjektu kategorijas', 'Glabasanas termins'])).toEqual([
      'purposes',
      'name',
      'legalBases',
      'dataSubjects',
      'retention',
    ]);
    // The CNIL register's English labels.
    expect(fieldsOf(['Name / acronym', 'Ref number', 'Purpose(s) of the processing operation', 'Categories of data subjects', 'Retention period', 'Transfers outside the EU', 'Security measures'])).toEqual([
      'name',
      'number',
      'purposes',
      'dataSubjects',
      'retention',
      'transferCountries',
      'securityMeasures',
    ]);
  });

  it('does not take a general word inside a longer header for a field', () => {
    expect(fieldsOf(['Name and contact details of controller', 'Personal data breach?', 'Rights available to individuals'])).toEqual([null, null, null]);
  });

  it('gives each field one column, the best-matching one', () => {
    expect(fieldsOf(['Legitimate interests for the processing (if applicable)', 'Link to record of legitimate interests assessment (if applicable)'])).toEqual([
      'legitimateInterest',
      'legitimateInterestAssessment',
    ]);
    expect(fieldsOf(['Purpose of processing (main and secondary)', 'Purpose of processing'])).toEqual([null, 'purposes']);
  });

  it('reads legal bases, yes/no, periods, transfer mechanisms and several values in a cell', () => {
    for (const text of ['līguma izpilde', 'Contract', '6(1)(b)', 'Art. 6(1)(b) GDPR', '6. panta 1. punkta b) apakšpunkts', 'b)']) expect(legalBasisPoint(text)?.point, text).toBe('b');
    expect(legalBasisPoint('Juridisks pienākums')?.point).toBe('c');
    expect(legalBasisPoint('consent or contract')).toBeNull();
    expect(legalBasisPoint('maybe')).toBeNull();
    expect(['Jā', 'yes', 'TRUE', 'x', 'Yes - credit scoring'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['Nē', 'No', 'n/a', '', 'Nav'].map(parseYesNo)).toEqual([false, false, false, false, false]);
    expect(parseYesNo('sometimes')).toBeNull();
    expect(parseRetentionText('10 gadi no pārskata gada beigām')).toEqual({ kind: 'period', value: 10, unit: 'years', startEvent: 'no pārskata gada beigām' });
    expect(parseRetentionText('6 months')).toEqual({ kind: 'period', value: 6, unit: 'months', startEvent: '' });
    expect(parseRetentionText('Until consent is withdrawn')).toBeNull();
    expect(mechanismFromText('SCC, module 2')).toBe('tm-scc-c2p');
    expect(mechanismFromText('SCC')).toBeNull();
    expect(mechanismFromText('EU-US Data Privacy Framework')).toBe('tm-dpf');
    expect(splitItems('Darbinieki; Klienti\n• Piegādātāji\nVeselības dati — slimības lapas; ārsta izziņas')).toEqual([
      'Darbinieki',
      'Klienti',
      'Piegādātāji',
      'Veselības dati — slimības lapas; ārsta izziņas',
    ]);
  });
});
