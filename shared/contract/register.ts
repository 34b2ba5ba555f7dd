/**
 * Channels about the app and the register file itself. Paths are never sent
 * by the renderer: main asks the user (native dialogs) and answers with what
 * it opened.
 */
import { z } from 'zod';
import { plainText } from '../domain/primitives.ts';
import { RegisterInfo } from '../domain/register.ts';
import { OrganisationInput } from '../domain/organisation.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { channel } from './define.ts';

export const Empty = z.object({}).strict();
export const Language = z.enum(LANGUAGES);

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  transport: z.enum(['electron', 'web']),
  language: Language,
});

export const RegisterStatus = z.object({
  fileName: z.string(),
  /** Full path, shown to the user so they know where their register lives. */
  path: z.string(),
  readOnly: z.boolean(),
  readOnlyReason: z.string(),
  /** A team register's role of the user (what the window offers: only owners approve); null or absent for a file. */
  teamRole: z.enum(['reader', 'editor', 'owner']).nullable().optional(),
  info: RegisterInfo,
  /** Set while the register is shown as of a past moment (read-only; versions:leaveAsOf goes back). */
  asOf: z.object({ at: z.string().nullable(), seq: z.number().int(), fingerprint: z.string() }).nullable().optional(),
});
export type RegisterStatus = z.infer<typeof RegisterStatus>;

/** The organisation a new register starts with: its name is required, the rest may follow later. */
export const NewRegisterOrganisation = OrganisationInput.pick({
  name: true,
  regNo: true,
  address: true,
  email: true,
  phone: true,
  contactPerson: true,
  dpoName: true,
  dpoEmail: true,
  dpoPhone: true,
})
  .partial({ regNo: true, address: true, email: true, phone: true, contactPerson: true, dpoName: true, dpoEmail: true, dpoPhone: true })
  .strict();
export type NewRegisterOrganisation = z.input<typeof NewRegisterOrganisation>;

export const RecentFile = z.object({
  id: z.string(),
  fileName: z.string(),
  path: z.string(),
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof RecentFile>;

export const registerContract = {
  /** Version and transport, for the About box and feature switches. */
  'app:info': channel(Empty, AppInfo),
  /** Switches the language of messages main writes (errors, exports). */
  'app:setLanguage': channel(z.object({ language: Language }).strict(), z.object({ language: Language })),
  /** The open register, or null when none is open. */
  'register:current': channel(Empty, RegisterStatus.nullable()),
  /** Renames the register (its title on reports). */
  'register:setTitle': channel(z.object({ title: plainText(500) }).strict(), RegisterStatus),
  /**
   * The guided start: creates a register holding its organisation (name
   * required; reg. no., address, contacts, DPO as given), named after the
   * organisation unless `fileName` is given (save dialog), and makes its
   * first backup. `organisationName` alone is the older short form; one of
   * the two names is required.
   * Errors: CANCELLED, FILE_EXISTS, VALIDATION (no organisation name).
   */
  'files:new': channel(
    z
      .object({
        organisationName: plainText(500).optional(),
        organisation: NewRegisterOrganisation.optional(),
        fileName: plainText(200).optional(),
      })
      .strict()
      // A new register is never left without its organisation (a blank `organisation.name` is refused by its own schema).
      .refine((input) => input.organisation !== undefined || (input.organisationName ?? '').trim().length > 0, { message: 'validation.required', path: ['organisation', 'name'] }),
    RegisterStatus,
  ),
  /** Asks for a register file (open dialog) and opens it. Errors: CANCELLED, NOT_SQLITE, NOT_A_REGISTER, DAMAGED, NEWER_VERSION. */
  'files:open': channel(Empty, RegisterStatus),
  /** Registers opened before, newest first. */
  'files:recent': channel(Empty, z.array(RecentFile)),
  /** Opens a recent register by its list id (never by a path from the renderer). */
  'files:openRecent': channel(z.object({ id: z.string().max(100) }).strict(), RegisterStatus),
  /**
   * Saves a consistent copy of the open register under a new name (save dialog): a file's by SQLite's backup,
   * a team register's as a `.ropa` file by `ropa copy`'s code from one snapshot (same export, same history head).
   */
  'files:saveCopy': channel(Empty, z.object({ fileName: z.string() })),
  /** Closes the open register. */
  'files:close': channel(Empty, z.object({ closed: z.boolean() })),
};
