/**
 * An organisation whose register this is: a controller (and, for Art. 30(2),
 * a processor). One register file may hold several: a group's companies, or
 * the clients of a consultant DPO.
 */
import { z } from 'zod';
import { EmailText, PhoneText, RegNoText } from './contact-formats.ts';
import { LongText, RecordMeta, RequiredText, ShortText } from './primitives.ts';

/**
 * 10,000 data subjects: about 0.5 % of Latvia's population (1.86 million,
 * CSP 2025), see docs/inspector-checks.md for the reasoning.
 */
export const DEFAULT_LARGE_SCALE_THRESHOLD = 10_000;

/**
 * What an organisation is in this register (issue 15): a set, because a
 * firm is often a controller for its own staff, a processor for its clients,
 * a joint controller with a partner and a member of a group at once; and
 * the EU representative (Art. 27) of a firm outside the Union.
 */
export const ORGANISATION_ROLES = ['controller', 'processor', 'joint_controller', 'group_member', 'representative'] as const;
export const OrganisationRole = z.enum(ORGANISATION_ROLES, { message: 'validation.choice' });
export type OrganisationRole = z.infer<typeof OrganisationRole>;

/** The fields as stored: a register saved before the format checks opens as it is. */
const organisationFields = {
  name: RequiredText,
  roles: z
    .array(OrganisationRole)
    .max(ORGANISATION_ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, { message: 'validation.duplicate' })
    .default([]),
  /** Vienotais reģistrācijas numurs (11 digits in Latvia; free text for others). */
  regNo: ShortText,
  address: ShortText,
  email: ShortText,
  phone: ShortText,
  website: ShortText,
  contactPerson: ShortText,
  /** Datu aizsardzības speciālists. */
  dpoName: ShortText,
  dpoEmail: ShortText,
  dpoPhone: ShortText,
  /** Pārziņa pārstāvis (Art. 27), for organisations outside the EU. */
  representativeName: ShortText,
  representativeContact: ShortText,
  notes: LongText,
  /**
   * From this many data subjects on, an activity counts as processing "on a
   * large scale" (WP248 criterion 5, Art. 37(1)(b)/(c)). The DPO sets it; the
   * default and its Latvian-scale reasoning are in docs/inspector-checks.md.
   */
  largeScaleThreshold: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.integer' })
    .min(1, { message: 'validation.positive' })
    .max(10_000_000_000, { message: 'validation.tooBig' })
    .default(DEFAULT_LARGE_SCALE_THRESHOLD),
};

/** What the editor and the importers send: contact formats checked (contact-formats.ts). */
export const OrganisationInput = z.object({
  ...organisationFields,
  regNo: RegNoText,
  email: EmailText,
  phone: PhoneText,
  dpoEmail: EmailText,
  dpoPhone: PhoneText,
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

/**
 * A blank organisation with only its name, for the editor's "new" form and
 * for the first organisation of a new register (main): one set of defaults,
 * beside `emptyActivity`.
 */
export function emptyOrganisation(name = ''): Required<OrganisationInput> {
  return {
    name,
    roles: [],
    regNo: '',
    address: '',
    email: '',
    phone: '',
    website: '',
    contactPerson: '',
    dpoName: '',
    dpoEmail: '',
    dpoPhone: '',
    representativeName: '',
    representativeContact: '',
    notes: '',
    largeScaleThreshold: DEFAULT_LARGE_SCALE_THRESHOLD,
  };
}

export const Organisation = z.object({ ...RecordMeta.shape, ...organisationFields });
export type Organisation = z.infer<typeof Organisation>;
