/** Opening a team register from the app's form (shared/contract/team.ts). */
import type { teamContract } from '../../shared/contract/team.ts';
import { teamAddress } from '../services/team-session.ts';
import type { HandlerMap } from './types.ts';

export const teamHandlers: HandlerMap<keyof typeof teamContract> = {
  'team:open': async (input, app) => {
    const target = { host: input.host, port: input.port, database: input.database, user: input.user, register: input.register, sslMode: input.sslMode };
    const address = teamAddress(target);
    const status = await app.open(address, input.password ? { password: input.password } : {});
    // Kept only once the password has opened the register, and only where the system encrypts it (the desktop app).
    const store = app.platform.teamPasswords;
    let passwordKept = false;
    if (input.remember && input.password !== '') passwordKept = (await store?.keep(address, input.password)) ?? false;
    // Not asked to keep it: a password kept before is let go too (the DPO unticked "remember").
    else if (!input.remember && input.password !== '') await store?.forget(address);
    return { ...status, passwordKept };
  },
};
