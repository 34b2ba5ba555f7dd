/**
 * Processors and other recipients named in the register: vendors under an
 * Art. 28 contract, their sub-processors, joint controllers and independent
 * controllers the data is disclosed to. Activities link to them; they are
 * never retyped per activity.
 */
import { z } from 'zod';
import { regNoFits } from './contact-formats.ts';
import { Id, LongText, OptionalDate, RecordMeta, RequiredText, ShortText, idSet } from './primitives.ts';

export const PROCESSOR_ROLES = ['processor', 'sub_processor', 'joint_controller', 'independent_controller'] as const;
export const ProcessorRole = z.enum(PROCESSOR_ROLES, { message: 'validation.choice' });
export type ProcessorRole = z.infer<typeof ProcessorRole>;

const processorFields = {
  name: RequiredText,
  regNo: ShortText,
  /** Where the recipient is established (catalogue `countries`). */
  countryId: Id.nullable(),
  address: ShortText,
  contact: ShortText,
  role: ProcessorRole,
  /** What they do for us: "algu aprēķins", "e-pasta mārketings"... */
  service: ShortText,
  /** Art. 28 contract (līgums vai cits juridisks akts). */
  contractDate: OptionalDate,
  contractReference: ShortText,
  contractExpiry: OptionalDate,
  /** Where the data is stored and accessed from, as the contract says. */
  dataLocation: ShortText,
  /** How a transfer to this recipient is covered, if it is in a third country. */
  transferMechanismId: Id.nullable(),
  /** EU–US Data Privacy Framework certification, as checked on dpfCheckedOn. */
  dpfCertified: z.boolean(),
  dpfCheckedOn: OptionalDate,
  /** Other recipients in this register that act as its sub-processors. */
  subProcessorIds: idSet(),
  subProcessorNotes: LongText,
  lastReviewedOn: OptionalDate,
  notes: LongText,
};

/** Consistency rules shared by input and stored shapes. */
function refineProcessor<T extends z.ZodType<{ contractDate: string | null; contractExpiry: string | null }>>(schema: T) {
  return schema.refine((p) => !p.contractExpiry || !p.contractDate || p.contractExpiry >= p.contractDate, {
    message: 'validation.expiryBeforeContract',
    path: ['contractExpiry'],
  });
}

/**
 * What the editor and the importers send: the registration number of a
 * processor in Latvia must be 11 digits; of one in another country it is kept
 * as typed; with no country, digits only are taken as Latvian (contact-formats.ts).
 */
export const ProcessorInput = refineProcessor(z.object(processorFields)).refine((p) => regNoFits(p.regNo, p.countryId), { message: 'validation.regNoLv', path: ['regNo'] });
export type ProcessorInput = z.input<typeof ProcessorInput>;

export const Processor = z.object({ ...RecordMeta.shape, ...processorFields });
export type Processor = z.infer<typeof Processor>;

/** A stored processor with the editor's consistency rules: what an imported file must hold. */
export const StoredProcessor = refineProcessor(Processor);

/**
 * A blank processor, for the editor's "new" form and for a processor an
 * import names without describing it (main): one set of defaults, beside
 * `emptyActivity`.
 */
export function emptyProcessor(name = '', role: ProcessorRole = 'processor'): ProcessorInput {
  return {
    name,
    regNo: '',
    countryId: null,
    address: '',
    contact: '',
    role,
    service: '',
    contractDate: null,
    contractReference: '',
    contractExpiry: null,
    dataLocation: '',
    transferMechanismId: null,
    dpfCertified: false,
    dpfCheckedOn: null,
    subProcessorIds: [],
    subProcessorNotes: '',
    lastReviewedOn: null,
    notes: '',
  };
}
