/**
 * An organisation whose register this is: a controller (and, for Art. 30(2),
 * a processor). One register file may hold several: a group's companies, or
 * the clients of a consultant DPO.
 */
import { z } from 'zod';
import { EmailText, PhoneText, RegNoText } from './contact-formats.ts';
import { LongText, RecordMeta, RequiredText, ShortText } from './primitives.ts';

/** The fields as stored: a register saved before the format checks opens as it is. */
const organisationFields = {
  name: RequiredText,
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
export function emptyOrganisation(name = ''): OrganisationInput {
  return {
    name,
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

export const Organisation = z.object({ ...RecordMeta.shape, ...organisationFields });
export type Organisation = z.infer<typeof Organisation>;
