/**
 * The small parts of the exported workbook around its sheets: content
 * types, relations, the document properties, the workbook (sheet list,
 * print titles), the styles and the theme. Written as exceljs wrote them
 * for the same workbook (issue 19 replaced exceljs's writer, not the file),
 * so a reader sees the same styles, names and properties.
 */
import { createRequire } from 'node:module';
import { xmlText } from './sheet-xml.ts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SPREADSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  state: 'visible' | 'veryHidden';
  /** The header row printed on every page (`_xlnm.Print_Titles`). */
  printTitles: boolean;
}

/** The cell formats of styles.xml, by index; every cell of the export has one of these. */
export const STYLE = {
  none: 0,
  coverLabel: 1,
  body: 2,
  coverTitleRow: 3,
  coverTitle: 4,
  bodyDate: 5,
  coverNumber: 6,
  headerRow: 7,
  header: 8,
  headerDate: 9,
} as const;

const WRAP_TOP = '<alignment vertical="top" wrapText="1"/>';
const HEADER_LOOK = 'fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"';

/** The formats in `STYLE`'s order: fonts 0 normal, 1 bold, 2 bold 14 pt; fill 2 the header's; border 1 a thin bottom line; format 164 dd.mm.yyyy. */
const CELL_FORMATS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${WRAP_TOP}</xf>`,
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${WRAP_TOP}</xf>`,
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  `<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${WRAP_TOP}</xf>`,
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${WRAP_TOP}</xf>`,
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  `<xf numFmtId="0" ${HEADER_LOOK.replace(' applyNumberFormat="1"', '')}>${WRAP_TOP}</xf>`,
  `<xf numFmtId="164" ${HEADER_LOOK}>${WRAP_TOP}</xf>`,
];

export const STYLES_XML =
  XML_HEAD +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>' +
  '<fonts count="3" x14ac:knownFonts="1"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/></font><font><b/><sz val="14"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7ECF2"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${CELL_FORMATS.length}">${CELL_FORMATS.join('')}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>';

/** Office's default theme (the fonts' theme colours refer to it), as exceljs ships it. */
export const THEME_XML = createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;

export function sheetPath(index: number): string {
  return `xl/worksheets/sheet${index + 1}.xml`;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}

export function contentTypesXml(sheetCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, index) => override(sheetPath(index), `${SPREADSHEET_TYPE}.worksheet+xml`));
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', `${SPREADSHEET_TYPE}.sheet.main+xml`) +
    sheets.join('') +
    override('xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml') +
    override('xl/styles.xml', `${SPREADSHEET_TYPE}.styles+xml`) +
    override('xl/sharedStrings.xml', `${SPREADSHEET_TYPE}.sharedStrings+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

export const ROOT_RELS_XML =
  XML_HEAD +
  `<Relationships xmlns="${RELATIONSHIPS}">` +
  relationship('rId1', `${OFFICE_RELATIONSHIPS}/officeDocument`, 'xl/workbook.xml') +
  relationship('rId2', `${RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml') +
  relationship('rId3', `${OFFICE_RELATIONSHIPS}/extended-properties`, 'docProps/app.xml') +
  '</Relationships>';

/** The workbook's relations: styles, theme, shared strings, then the sheets as rId4, rId5… */
export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, index) => relationship(`rId${index + 4}`, `${OFFICE_RELATIONSHIPS}/worksheet`, `worksheets/sheet${index + 1}.xml`));
  return (
    XML_HEAD +
    `<Relationships xmlns="${RELATIONSHIPS}">` +
    relationship('rId1', `${OFFICE_RELATIONSHIPS}/styles`, 'styles.xml') +
    relationship('rId2', `${OFFICE_RELATIONSHIPS}/theme`, 'theme/theme1.xml') +
    relationship('rId3', `${OFFICE_RELATIONSHIPS}/sharedStrings`, 'sharedStrings.xml') +
    sheets.join('') +
    '</Relationships>'
  );
}

/** A sheet name in a formula: quoted, its quotes doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function workbookXml(sheets: readonly SheetEntry[]): string {
  const list = sheets.map((sheet, index) => `<sheet sheetId="${index + 1}" name="${xmlText(sheet.name)}" state="${sheet.state}" r:id="rId${index + 4}"/>`);
  const titles = sheets.flatMap((sheet, index) =>
    sheet.printTitles ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlText(`${quotedSheetName(sheet.name)}!$1:$1`)}</definedName>`] : [],
  );
  return (
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_RELATIONSHIPS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
    `<sheets>${list.join('')}</sheets>` +
    (titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}

export function appXml(sheetNames: readonly string[]): string {
  const names = sheetNames.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join('');
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

/** A moment as the document properties carry it: UTC, to the second. */
function propertyTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}/, '');
}

export function coreXml(properties: { creator: string; title: string; created: Date; modified: Date }): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(properties.creator)}</dc:creator><dc:title>${xmlText(properties.title)}</dc:title><cp:lastModifiedBy>ROPA</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${propertyTime(properties.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${propertyTime(properties.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
