/**
 * The cover: whose register this is (Art. 30(1)(a): name and contact details
 * of the controller, its representative and its DPO), when the printout was
 * made, and which state of the register it shows (version and fingerprint),
 * so that a signed paper copy can be matched to the file.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Organisation } from '../../../shared/domain/organisation.ts';
import { formatDate, formatTimestamp } from '../../../shared/format.ts';
import { shortHash } from '../../services/register-version.ts';
import { COLOURS, CONTENT_WIDTH, fieldGrid, fieldRow, fieldTable, lines } from '../layout.ts';
import type { ReportIndex } from '../report-index.ts';
import type { ReportFacts } from '../report-facts.ts';
import { versionCoverRows } from './changes-since.ts';

/** The cover names each organisation briefly; its full details head its activities (organisationDetails). */
function organisationBlock(organisation: Organisation, index: ReportIndex): Content {
  const t = index.t;
  const label = (key: string) => t(`fields:organisation.${key}`);
  return fieldTable(
    organisation.name,
    [
      fieldRow(label('regNo'), organisation.regNo),
      fieldRow(label('address'), organisation.address),
      fieldRow(label('dpoName'), lines([organisation.dpoName, [organisation.dpoEmail, organisation.dpoPhone].filter(Boolean).join(', ')])),
    ],
    CONTENT_WIDTH.portrait,
  );
}

/**
 * Art. 30(1)(a): the name and contact details of the controller, its
 * representative and its data protection officer, heading its activities.
 */
export function organisationDetails(organisation: Organisation, index: ReportIndex): Content {
  const t = index.t;
  const label = (key: string) => t(`fields:organisation.${key}`);
  return fieldGrid(
    t('fields:organisation._'),
    [
      { label: label('name'), value: organisation.name, wide: true },
      { label: t('model:organisation.roles'), value: organisation.roles.map((role) => t(`model:enums.organisationRole.${role}`)).join(', '), wide: true },
      { label: label('regNo'), value: organisation.regNo },
      { label: label('contactPerson'), value: organisation.contactPerson },
      { label: label('address'), value: organisation.address, wide: true },
      { label: label('email'), value: organisation.email },
      { label: label('phone'), value: organisation.phone },
      { label: label('website'), value: organisation.website, wide: true },
      { label: label('dpoName'), value: organisation.dpoName, wide: true },
      { label: label('dpoEmail'), value: organisation.dpoEmail },
      { label: label('dpoPhone'), value: organisation.dpoPhone },
      { label: label('largeScaleThreshold'), value: String(organisation.largeScaleThreshold) },
      { label: label('representativeName'), value: organisation.representativeName, wide: true },
      { label: label('representativeContact'), value: organisation.representativeContact, wide: true },
      { label: label('notes'), value: organisation.notes, wide: true },
    ],
    CONTENT_WIDTH.portrait,
  );
}

export function coverSection(index: ReportIndex, facts: ReportFacts): Content[] {
  const t = index.t;
  const width = CONTENT_WIDTH.portrait;
  const scopeOrganisation = facts.organisationId ? index.organisation(facts.organisationId) : undefined;
  const title = index.document.register.title.trim();
  const names = new Set(index.organisations.map((o) => o.name));
  return [
    { text: t('report:title'), style: 'coverTitle', margin: [0, 36, 0, 4] },
    { text: t('report:subtitle'), style: 'coverSubtitle', margin: [0, 0, 0, 10] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.5, lineColor: COLOURS.heading }], margin: [0, 0, 0, 18] },
    ...(title && !names.has(title) ? [{ text: title, style: 'coverOrganisation', margin: [0, 0, 0, 12] } as Content] : []),
    ...index.organisations.map((organisation) => organisationBlock(organisation, index)),
    { text: '', margin: [0, 6, 0, 0] },
    fieldTable(
      t('report:cover.aboutReport'),
      [
        fieldRow(t('report:cover.preparedOn'), formatDate(facts.date)),
        fieldRow(
          t('report:cover.scope'),
          scopeOrganisation ? t('report:cover.scopeOrganisation', { name: scopeOrganisation.name }) : t('report:cover.scopeAll'),
        ),
        fieldRow(t('report:cover.version'), t('report:cover.versionValue', { version: facts.version.version })),
        fieldRow(t('report:cover.changedAt'), formatTimestamp(facts.version.changedAt)),
        fieldRow(t('report:cover.registerFingerprint'), {
          stack: [
            { text: shortHash(facts.version.fingerprint), fontSize: 12, bold: true, characterSpacing: 0.5 },
            { text: facts.version.fingerprint, style: 'small' },
          ],
        }),
        fieldRow(t('report:cover.fingerprint'), { text: facts.version.contentHash, style: 'small' }),
        fieldRow(t('report:cover.historyHead'), { text: facts.version.headHash, style: 'small' }),
        ...versionCoverRows(t, facts.versions),
      ],
      width,
    ),
    { text: t('report:cover.fingerprintNote'), style: 'small', margin: [0, 2, 0, 0] },
  ];
}
