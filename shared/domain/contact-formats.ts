/**
 * The formats of e-mail addresses, phone numbers and registration numbers,
 * as far as they are known, checked where a DPO types or imports a record
 * (the *Input schemas). The stored shapes do not check them: a register
 * saved before these checks opens and exports as it is, and a bad value is
 * refused only when its record is edited or imported again (the messages
 * say so).
 *
 * - E-mail: one @, no spaces, a dot in the domain (what every mail client
 *   needs; the full RFC 5322 grammar accepts addresses no one can type).
 * - Phone: E.164 with the spaces people write: an optional +, then 7 to 15
 *   digits in groups separated by single spaces ("+371 67 123 456", "67123456").
 * - Registration number: a Latvian one (vienotais reģistrācijas numurs) is 11
 *   digits. A number of digits only is taken as Latvian; a foreign one
 *   carries letters ("HRB 204518", "Delaware 7654321") and is kept as typed.
 *   Where the record names its country (processors), a number of a non-Latvian
 *   country is never checked, and a Latvian one must be 11 digits.
 */
import { ShortText } from './primitives.ts';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?\d+( \d+)*$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 7 && digits <= 15;
}

/** 11 digits (spaces allowed between them, as some write them). */
export function isLatvianRegNo(value: string): boolean {
  return /^\d{11}$/.test(value.replace(/ /g, ''));
}

/** Digits only: what a Latvian number looks like, so it must be one. */
export function looksLatvian(value: string): boolean {
  return /^[\d ]+$/.test(value);
}

/** An e-mail address or nothing. */
export const EmailText = ShortText.refine((value) => value === '' || isEmail(value), { message: 'validation.email' });

/** A phone number or nothing. */
export const PhoneText = ShortText.refine((value) => value === '' || isPhone(value), { message: 'validation.phone' });

/**
 * Whether a registration number fits its country: any number outside Latvia;
 * 11 digits in Latvia; with no country known, digits only must be 11 digits.
 */
export function regNoFits(value: string, countryId: string | null = null): boolean {
  const regNo = value.trim();
  if (regNo === '' || (countryId !== null && countryId !== 'LV')) return true;
  return countryId === 'LV' || looksLatvian(regNo) ? isLatvianRegNo(regNo) : true;
}

/** A registration number or nothing, of a record with no country (an organisation). */
export const RegNoText = ShortText.refine((value) => regNoFits(value), { message: 'validation.regNoLv' });
