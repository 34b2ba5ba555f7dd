/**
 * An organisation whose register this is: a controller (and, for Art. 30(2),
 * a processor). One register file may hold several: a group's companies, or
 * the clients of a consultant DPO.
 */
import { z } from 'zod';
import { LongText, RecordMeta, RequiredText, ShortText } from './primitives.ts';

/**
 * What an organisation is in this register (issue 15): a set, because a
 * firm is often a controller for its own staff, a processor for its clients,
 * a joint controller with a partner and a member of a group at once; and
 * the EU representative (Art. 27) of a firm outside the Union.
 */
export const ORGANISATION_ROLES = ['controller', 'processor', 'joint_controller', 'group_member', 'representative'] as const;
export const OrganisationRole = z.enum(ORGANISATION_ROLES, { message: 'validation.choice' });
export type OrganisationRole = z.infer<typeof OrganisationRole>;

export const OrganisationInput = z.object({
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
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

/**
 * A blank organisation with only its name, for the editor's "new" form and
 * for the first organisation of a new register (main): one set of defaults,
 * beside `emptyActivity`.
 */
export function emptyOrganisation(name = ''): OrganisationInput {
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
  };
}

export const Organisation = z.object({ ...RecordMeta.shape, ...OrganisationInput.shape });
export type Organisation = z.infer<typeof Organisation>;
