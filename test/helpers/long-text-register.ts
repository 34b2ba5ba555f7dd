/**
 * A register whose every text field is as long as the schema allows (500
 * characters for a line, 20,000 for free text), written with Latvian letters
 * and with words far longer than a table column, each ending in a marker
 * that names its field: the report must show every one of them in full.
 */
import { join } from 'node:path';
import { createRegisterFile } from '../../main/db/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveCatalogueEntry } from '../../main/db/repositories/catalogue-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { catalogueInputs } from '../../shared/domain/catalogues.ts';
import { OrganisationInput } from '../../shared/domain/organisation.ts';
import { ShortText } from '../../shared/domain/primitives.ts';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../shared/domain/primitives.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';
import { steppingClock, tempDir } from './temp.ts';

export const LATVIAN_LETTERS = 'āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ';

/** The marker that ends a field's text: "END-activity.notes" becomes "ENDactivitynotesX". */
export function endMarker(field: string): string {
  return `END${field.replace(/[^A-Za-z0-9]/g, '')}X`;
}

/**
 * Text of exactly `length` characters: Latvian sentences, then one
 * unbroken word of 2,000 characters (or a quarter of the length), then the
 * field's end marker.
 */
export function longText(field: string, length: number): string {
  const marker = ` ${endMarker(field)}`;
  const word = 'ŽņāčēģīķļšūĀČĒĢĪĶĻŅŠŪ'.repeat(Math.ceil(Math.min(2000, length / 4) / 22)).slice(0, Math.min(2000, Math.floor(length / 4)));
  const sentence = `Garš teksts ar visiem latviešu burtiem ${LATVIAN_LETTERS}. `;
  const fill = length - word.length - marker.length - 1;
  const prose = sentence.repeat(Math.ceil(fill / sentence.length)).slice(0, fill).replace(/\s+$/, 'x');
  return `${prose} ${word}${marker}`;
}

const short = (field: string) => longText(field, SHORT_TEXT_MAX);
const long = (field: string) => longText(field, LONG_TEXT_MAX);

export interface LongTextRegister {
  path: string;
  /** Every field whose end marker the report must show. */
  fields: string[];
}

/** Writes the register; returns its path and the fields it filled. */
export async function longTextRegister(): Promise<LongTextRegister> {
  const fields: string[] = [];
  const s = (field: string) => (fields.push(field), short(field));
  const l = (field: string) => (fields.push(field), long(field));
  const now = steppingClock();
  const ctx = { now };
  const path = join(tempDir(), 'long.ropa');
  const connection = await createRegisterFile(path, {
    now,
    title: 'Long texts',
    initialise: async (trx) => {
      const organisation = await saveOrganisation(
        trx,
        // Contacts at their longest are no e-mail or phone number: stored as a register
        // saved before the format checks holds them (the report must still show them whole).
        OrganisationInput.extend({ regNo: ShortText, email: ShortText, phone: ShortText, dpoEmail: ShortText, dpoPhone: ShortText }).parse({
          name: s('organisation.name'),
          regNo: s('organisation.regNo'),
          address: s('organisation.address'),
          email: s('organisation.email'),
          phone: s('organisation.phone'),
          website: s('organisation.website'),
          contactPerson: s('organisation.contactPerson'),
          dpoName: s('organisation.dpoName'),
          dpoEmail: s('organisation.dpoEmail'),
          dpoPhone: s('organisation.dpoPhone'),
          representativeName: s('organisation.representativeName'),
          representativeContact: s('organisation.representativeContact'),
          notes: l('organisation.notes'),
        }),
        ctx,
      );
      const category = await saveCatalogueEntry(
        trx,
        'dataCategories',
        catalogueInputs.dataCategories.parse({ nameLv: s('catalogue.nameLv'), nameEn: s('catalogue.nameLv'), description: long('catalogue.description'), kind: 'special' }),
        ctx,
      );
      const processor = await saveProcessor(
        trx,
        ProcessorInput.parse({
          name: s('processor.name'),
          regNo: s('processor.regNo'),
          countryId: 'US',
          address: s('processor.address'),
          contact: s('processor.contact'),
          role: 'joint_controller',
          service: s('processor.service'),
          contractDate: '2025-01-15',
          contractReference: s('processor.contractReference'),
          contractExpiry: null,
          dataLocation: s('processor.dataLocation'),
          transferMechanismId: 'tm-dpf',
          dpfCertified: true,
          dpfCheckedOn: '2026-01-01',
          subProcessorIds: [],
          subProcessorNotes: l('processor.subProcessorNotes'),
          lastReviewedOn: null,
          notes: l('processor.notes'),
        }),
        ctx,
      );
      const rule = await saveRetentionRule(
        trx,
        RetentionRuleInput.parse({
          name: s('rule.name'),
          dataCategoryId: category.id as string,
          periodValue: 10,
          periodUnit: 'years',
          criterion: l('rule.criterion'),
          startEvent: s('rule.startEvent'),
          legalSource: s('rule.legalSource'),
          legalArticle: s('rule.legalArticle'),
          actionAtExpiry: 'delete',
          backupsCovered: true,
          owner: s('rule.owner'),
          lastReviewedOn: null,
          notes: l('rule.notes'),
        }),
        ctx,
      );
      await saveActivity(
        trx,
        ActivityInput.parse({
          ...emptyActivity(organisation.id, '2026-01-05'),
          kind: 'processor',
          number: s('activity.number'),
          name: s('activity.name'),
          description: l('activity.description'),
          ownerUnit: s('activity.ownerUnit'),
          ownerPerson: s('activity.ownerPerson'),
          status: 'active',
          reviewedBy: s('activity.reviewedBy'),
          purposes: [
            {
              description: s('purpose.description'),
              legalBasisIds: ['lb-f'],
              legitimateInterest: l('purpose.legitimateInterest'),
              legitimateInterestAssessment: s('purpose.legitimateInterestAssessment'),
              legitimateInterestAssessedOn: '2026-01-04',
            },
          ],
          art9ConditionIds: ['a9-b'],
          art9Notes: l('activity.art9Notes'),
          art10Basis: l('activity.art10Basis'),
          dataSubjectCategoryIds: ['ds-employees'],
          dataCategories: [{ dataCategoryId: category.id as string, retentionRuleId: rule.id, notes: s('dataCategory.notes') }],
          sourceTypes: ['data_subject'],
          sourceNotes: l('activity.sourceNotes'),
          recipients: [{ recipientCategoryId: 'rc-hr', notes: s('recipient.notes') }],
          processors: [{ processorId: processor.id, notes: s('processorLink.notes') }],
          jointControllerArrangement: l('activity.jointControllerArrangement'),
          transfers: [
            {
              countryId: 'US',
              processorId: processor.id,
              transferMechanismId: 'tm-dpf',
              safeguardDocuments: l('transfer.safeguardDocuments'),
              derogationJustification: l('transfer.derogationJustification'),
              notes: s('transfer.notes'),
            },
          ],
          securityMeasureIds: ['sm-backup'],
          securityNotes: l('activity.securityNotes'),
          systems: l('activity.systems'),
          dataLocation: s('activity.dataLocation'),
          automatedDecision: true,
          automatedDecisionLegalEffect: true,
          profiling: true,
          automatedDecisionLogic: l('activity.automatedDecisionLogic'),
          art22Basis: 'contract',
          dpiaCriteria: ['sensitive_data', 'automated_decision'],
          dpiaStatus: 'done',
          dpiaReference: s('activity.dpiaReference'),
          dpiaCompletedOn: '2026-01-03',
          dpiaNotes: l('activity.dpiaNotes'),
          controllers: [
            {
              name: s('controller.name'),
              regNo: s('controller.regNo'),
              contact: s('controller.contact'),
              representative: s('controller.representative'),
              dpoContact: s('controller.dpoContact'),
              processingCategories: l('controller.processingCategories'),
              contractReference: s('controller.contractReference'),
            },
          ],
          notes: l('activity.notes'),
        }),
        ctx,
      );
    },
  });
  await connection.close();
  return { path, fields };
}
