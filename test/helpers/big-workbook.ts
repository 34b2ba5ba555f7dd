/**
 * A large register table as a DPO could keep it, written straight as
 * SpreadsheetML (building it through exceljs would take longer than the
 * reads the tests time): a header row the importer recognises, then `rows`
 * processing activities of eight inline-string cells each.
 */
import { zipFiles } from './crafted-files.ts';

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const WORKBOOK =
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Reģistrs" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const ROOT_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

const HEADERS = ['Nr.', 'Apstrādes darbība', 'Mērķis', 'Tiesiskais pamats', 'Datu subjekti', 'Personas dati', 'Glabāšanas termiņš', 'Atbildīgā persona'];
const COLUMNS = 'ABCDEFGH';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

function row(number: number, values: readonly string[]): string {
  const cells = values.map((value, index) => `<c r="${COLUMNS[index]}${number}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`).join('');
  return `<row r="${number}">${cells}</row>`;
}

/** The workbook's bytes: `rows` activities under the header row. */
export function bigRegisterTable(rows: number): Buffer {
  const lines = [row(1, HEADERS)];
  for (let index = 1; index <= rows; index += 1) {
    lines.push(row(index + 1, [`B-${index}`, `Darbība ${index}`, 'Līgumu izpilde', 'līguma izpilde', 'Klienti', 'Kontaktinformācija', '3 gadi', 'Valde']));
  }
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${lines.join('')}</sheetData></worksheet>`;
  return zipFiles([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
  ]);
}
