/**
 * The signature block: for each organisation, its data protection officer,
 * with lines for the signature and the place, and the report's date.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Organisation } from '../../../shared/domain/organisation.ts';
import { formatDate } from '../../../shared/format.ts';
import { COLOURS } from '../layout.ts';
import type { ReportIndex } from '../report-index.ts';

const LINE_LENGTH = 240;

/** A value written on a line, or an empty line to write on by hand (`room` points above it). */
function line(label: string, value: string, room = 0): Content {
  return {
    columns: [
      { text: label, style: 'label', width: 150, margin: [0, room + 3, 0, 0] },
      {
        width: LINE_LENGTH,
        stack: [
          { text: value || ' ', fontSize: 10.5, margin: [2, room, 0, 1] },
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: LINE_LENGTH, y2: 0, lineWidth: 0.6, lineColor: COLOURS.ink }] },
        ],
      },
    ],
    margin: [0, 12, 0, 0],
  };
}

function organisationSignature(organisation: Organisation, index: ReportIndex, date: string): Content {
  const t = index.t;
  return {
    unbreakable: true,
    stack: [
      { text: organisation.name, style: 'h3' },
      { text: t('report:signature.preparedBy'), style: 'meta' },
      line(`${t('fields:organisation.dpoName')} (${t('report:signature.name')})`, organisation.dpoName),
      line(t('report:signature.signature'), '', 22),
      line(t('report:signature.place'), ''),
      line(t('report:signature.date'), formatDate(date)),
    ],
    margin: [0, 0, 0, 24],
  };
}

export function signatureSection(index: ReportIndex, date: string): Content[] {
  return index.organisations.map((organisation) => organisationSignature(organisation, index, date));
}
