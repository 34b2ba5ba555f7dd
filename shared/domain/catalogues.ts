/**
 * Catalogues: the vocabularies an activity picks from. They are data, not
 * code: the register ships built-in entries (marked `builtin`) and the DPO
 * adds their own. Built-in entries can be renamed but not deleted while in use.
 */
import { z } from 'zod';
import { LongText, OptionalDate, RecordMeta, ShortText } from './primitives.ts';

/** Art. 6(1) points. */
export const GDPR_POINTS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const GdprPoint = z.enum(GDPR_POINTS, { message: 'validation.choice' });
export type GdprPoint = z.infer<typeof GdprPoint>;

/** Art. 9(2) points. */
export const ART9_POINTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export const Art9Point = z.enum(ART9_POINTS, { message: 'validation.choice' });

export const DATA_CATEGORY_KINDS = ['ordinary', 'special', 'criminal'] as const;
export const DataCategoryKind = z.enum(DATA_CATEGORY_KINDS, { message: 'validation.choice' });
export type DataCategoryKind = z.infer<typeof DataCategoryKind>;

export const RECIPIENT_TYPES = ['internal', 'external', 'processor', 'authority'] as const;
export const RecipientType = z.enum(RECIPIENT_TYPES, { message: 'validation.choice' });

export const TRANSFER_ARTICLES = ['45', '46', '49'] as const;
export const TransferArticle = z.enum(TRANSFER_ARTICLES, { message: 'validation.choice' });
export type TransferArticle = z.infer<typeof TransferArticle>;

export const MEASURE_TYPES = ['technical', 'organisational'] as const;
export const MeasureType = z.enum(MEASURE_TYPES, { message: 'validation.choice' });

export const ADEQUACY = ['none', 'adequate', 'partial'] as const;
export const Adequacy = z.enum(ADEQUACY, { message: 'validation.choice' });
export type Adequacy = z.infer<typeof Adequacy>;

export const DESTINATION_KINDS = ['country', 'international_organisation'] as const;

/**
 * The built-in countries entry for the EU/EEA as a region: a data location
 * or destination inside the EEA whose country is not named ("ES datu
 * centri"). Marked EEA, so it is never a transfer to a third country (issue 15).
 */
export const EEA_REGION_ID = 'EU-EEA';
export const DestinationKind = z.enum(DESTINATION_KINDS, { message: 'validation.choice' });

const names = {
  nameLv: ShortText,
  nameEn: ShortText,
  description: LongText,
};

function atLeastOneName(entry: { nameLv: string; nameEn: string }): boolean {
  return entry.nameLv.length > 0 || entry.nameEn.length > 0;
}
const nameRequired = { message: 'validation.nameRequired', path: ['nameLv'] };

const dataCategoryFields = { ...names, kind: DataCategoryKind };
const dataSubjectCategoryFields = {
  ...names,
  /** The register's employees (consent is rarely freely given to an employer). */
  employees: z.boolean(),
  /** Children, patients, the elderly...: a WP248 "vulnerable data subjects" signal. */
  vulnerable: z.boolean(),
};
const recipientCategoryFields = { ...names, type: RecipientType };
const legalBasisFields = {
  ...names,
  gdprPoint: GdprPoint,
  /** The national law behind (c)/(e), e.g. "Grāmatvedības likums". */
  lawReference: ShortText,
};
const art9ConditionFields = { ...names, point: Art9Point };
const countryFields = {
  ...names,
  kind: DestinationKind,
  /** EU/EEA member: no Chapter V transfer at all. */
  eea: z.boolean(),
  adequacy: Adequacy,
  /** e.g. "tikai DPF sertificētām organizācijām" for the United States. */
  adequacyNote: ShortText,
  adequacyDecision: ShortText,
  /** The day someone last checked this entry against the Commission's list. */
  checkedOn: OptionalDate,
};
const transferMechanismFields = { ...names, article: TransferArticle };
const securityMeasureFields = { ...names, type: MeasureType };

/** Input and stored shapes for each catalogue, keyed by the catalogue's name. */
export const catalogueInputs = {
  dataCategories: z.object(dataCategoryFields).refine(atLeastOneName, nameRequired),
  dataSubjectCategories: z.object(dataSubjectCategoryFields).refine(atLeastOneName, nameRequired),
  recipientCategories: z.object(recipientCategoryFields).refine(atLeastOneName, nameRequired),
  legalBases: z.object(legalBasisFields).refine(atLeastOneName, nameRequired),
  art9Conditions: z.object(art9ConditionFields).refine(atLeastOneName, nameRequired),
  countries: z.object(countryFields).refine(atLeastOneName, nameRequired),
  transferMechanisms: z.object(transferMechanismFields).refine(atLeastOneName, nameRequired),
  securityMeasures: z.object(securityMeasureFields).refine(atLeastOneName, nameRequired),
} as const;

const stored = { ...RecordMeta.shape, builtin: z.boolean() };
export const DataCategory = z.object({ ...stored, ...dataCategoryFields });
export const DataSubjectCategory = z.object({ ...stored, ...dataSubjectCategoryFields });
export const RecipientCategory = z.object({ ...stored, ...recipientCategoryFields });
export const LegalBasis = z.object({ ...stored, ...legalBasisFields });
export const Art9Condition = z.object({ ...stored, ...art9ConditionFields });
export const Country = z.object({ ...stored, ...countryFields });
export const TransferMechanism = z.object({ ...stored, ...transferMechanismFields });
export const SecurityMeasure = z.object({ ...stored, ...securityMeasureFields });

export type DataCategory = z.infer<typeof DataCategory>;
export type DataSubjectCategory = z.infer<typeof DataSubjectCategory>;
export type RecipientCategory = z.infer<typeof RecipientCategory>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type Art9Condition = z.infer<typeof Art9Condition>;
export type Country = z.infer<typeof Country>;
export type TransferMechanism = z.infer<typeof TransferMechanism>;
export type SecurityMeasure = z.infer<typeof SecurityMeasure>;

export const catalogueEntries = {
  dataCategories: DataCategory,
  dataSubjectCategories: DataSubjectCategory,
  recipientCategories: RecipientCategory,
  legalBases: LegalBasis,
  art9Conditions: Art9Condition,
  countries: Country,
  transferMechanisms: TransferMechanism,
  securityMeasures: SecurityMeasure,
} as const;

export const CATALOGUE_NAMES = [
  'dataCategories',
  'dataSubjectCategories',
  'recipientCategories',
  'legalBases',
  'art9Conditions',
  'countries',
  'transferMechanisms',
  'securityMeasures',
] as const;
export const CatalogueName = z.enum(CATALOGUE_NAMES, { message: 'validation.choice' });
export type CatalogueName = z.infer<typeof CatalogueName>;

export type CatalogueEntry<N extends CatalogueName> = z.infer<(typeof catalogueEntries)[N]>;
export type CatalogueInput<N extends CatalogueName> = z.input<(typeof catalogueInputs)[N]>;

/** All catalogues of a register at once. */
export const Catalogues = z.object({
  dataCategories: z.array(DataCategory.refine(atLeastOneName, nameRequired)),
  dataSubjectCategories: z.array(DataSubjectCategory.refine(atLeastOneName, nameRequired)),
  recipientCategories: z.array(RecipientCategory.refine(atLeastOneName, nameRequired)),
  legalBases: z.array(LegalBasis.refine(atLeastOneName, nameRequired)),
  art9Conditions: z.array(Art9Condition.refine(atLeastOneName, nameRequired)),
  countries: z.array(Country.refine(atLeastOneName, nameRequired)),
  transferMechanisms: z.array(TransferMechanism.refine(atLeastOneName, nameRequired)),
  securityMeasures: z.array(SecurityMeasure.refine(atLeastOneName, nameRequired)),
});
export type Catalogues = z.infer<typeof Catalogues>;

/** The catalogue entry's name in the wanted language, falling back to the other. */
export function localName(entry: { nameLv: string; nameEn: string }, lang: 'lv' | 'en'): string {
  const preferred = lang === 'lv' ? entry.nameLv : entry.nameEn;
  return preferred || (lang === 'lv' ? entry.nameEn : entry.nameLv);
}
