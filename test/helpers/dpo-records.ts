/** Breaches and data subject requests for tests (the blank records of shared/domain, filled in), and an app with the demo register open. */
import type { Kysely } from 'kysely';
import type { DB } from '../../main/db/schema.ts';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { emptyBreach, type BreachInput } from '../../shared/domain/breach.ts';
import { emptySubjectRequest, type SubjectRequestInput } from '../../shared/domain/subject-request.ts';
import { value } from './app.ts';
import { appOnBackend } from './backend-app.ts';
import { FILE_BACKEND, type Backend } from './backends.ts';
import { steppingClock } from './temp.ts';

export function breachInput(organisationId: string, overrides: Partial<BreachInput> = {}): BreachInput {
  return {
    ...emptyBreach(organisationId, new Date('2026-11-20T08:30:00.000Z')),
    number: 'IN-2026-01',
    title: 'Nozaudēts klēpjdators',
    occurredAt: '2026-11-19T16:00:00.000Z',
    description: 'Darbinieks vilcienā atstāja nešifrētu klēpjdatoru ar algu sarakstiem.',
    dataSubjectCategoryIds: ['ds-employees'],
    approxSubjects: 120,
    approxRecords: 1500,
    dataCategoryIds: ['dc-payroll', 'dc-health'],
    consequences: 'Identitātes zādzība, finanšu zaudējumi.',
    risk: 'risk',
    riskReasoning: 'Dati nav šifrēti.',
    measuresTaken: 'Paroles nomainītas.',
    measuresProposed: 'Diska šifrēšana visiem klēpjdatoriem.',
    ...overrides,
  };
}

export function requestInput(organisationId: string, overrides: Partial<SubjectRequestInput> = {}): SubjectRequestInput {
  return {
    ...emptySubjectRequest(organisationId, '2026-11-02'),
    number: 'DS-2026-01',
    requester: 'Klients K-1043',
    identityVerification: 'E-paraksts',
    dataSubjectCategoryIds: ['ds-customers'],
    ...overrides,
  };
}

/**
 * The app (clock from 21.11.2026 10:00 UTC, a second per call) with the demo
 * register open: a `.ropa` file, or a team register on `backend`.
 */
export async function appWithDemo(language: 'lv' | 'en' = 'lv', backend?: Backend) {
  // The breach clock counts hours between instants: the app's clock is a UTC instant (21.11.2026 10:00 UTC), the same in every zone.
  const appNow = steppingClock('2026-11-21T10:00:00.000Z');
  const now = () => new Date(2026, 10, 21, 9, 0, 0);
  const demo = { now, title: DEMO_ORGANISATION_NAME, initialise: (trx: Kysely<DB>) => seedDemo(trx, { now }) };
  const { app, dialogs, path, state } = await appOnBackend(backend ?? FILE_BACKEND, { ...demo, language, appNow });
  const activities = await value(app, 'activities:list', {});
  const idOf = (number: string) => activities.find((a) => a.number === number)!.id;
  // The demo's main organisation: the one the PD- activities belong to.
  const organisationId = (await value(app, 'activities:get', { id: idOf('PD-01') })).organisationId;
  return { app, dialogs, path: path ?? '', state, idOf, organisationId };
}
