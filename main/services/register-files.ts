/**
 * Opening and creating registers as sessions: the one place that decides how
 * a file is opened (read-only or not) and what happens around it.
 */
import { createRegisterFile, openRegisterFile } from '../db/connection.ts';
import { saveOrganisation } from '../db/repositories/organisation-repository.ts';
import { createSession, type RegisterSession } from './register-session.ts';

export interface OpenRegisterOptions {
  now: () => Date;
  readOnly?: boolean;
}

export async function openRegister(path: string, options: OpenRegisterOptions): Promise<RegisterSession> {
  const connection = await openRegisterFile(path, { readOnly: options.readOnly ?? false });
  return createSession(connection, { now: options.now });
}

/** An empty organisation record with only its name. */
export function newOrganisation(name: string) {
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

export async function createRegister(
  path: string,
  options: { now: () => Date; title?: string; organisationName?: string },
): Promise<RegisterSession> {
  const ctx = { now: options.now };
  const connection = await createRegisterFile(path, {
    now: options.now,
    title: options.title ?? options.organisationName ?? '',
    initialise: async (trx) => {
      if (options.organisationName) await saveOrganisation(trx, newOrganisation(options.organisationName), ctx);
    },
  });
  return createSession(connection, ctx);
}
