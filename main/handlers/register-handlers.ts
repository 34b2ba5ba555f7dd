/** The app and the register file: language, new / open / recent / copy / close. */
import { basename } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { AppError } from '../errors.ts';
import { changeRegisterInfo } from '../services/register-info.ts';
import { backupTo } from '../services/backup.ts';
import { saveTeamCopy } from '../services/team-copy.ts';
import type { registerContract } from '../../shared/contract/register.ts';
import type { HandlerMap } from './types.ts';
import { registerFileName, registerStem, suggestedRegisterFileName } from '../services/register-name.ts';
import { translator } from '../../shared/i18n/index.ts';

export const registerHandlers: HandlerMap<keyof typeof registerContract> = {
  'app:info': async (_input, app) => ({
    version: app.platform.version,
    schemaVersion: LATEST_SCHEMA_VERSION,
    transport: app.platform.transport,
    language: app.language,
  }),
  'app:setLanguage': async ({ language }, app) => {
    app.language = language;
    return { language };
  },
  'register:current': async (_input, app) => (app.session ? app.status() : null),
  'register:setTitle': async ({ title }, app) => {
    const session = app.requireSession();
    // A change to the register like any other: written with its history entry.
    await session.write((trx) => changeRegisterInfo(trx, { title: title.trim() }, session.ctx.now().toISOString()));
    return app.status();
  },
  'files:new': async ({ organisationName, organisation, fileName }, app) => {
    const name = organisation?.name || organisationName?.trim() || undefined;
    const suggested = fileName?.trim() || name || translator(app.language)('shell:newRegisterName');
    const path = await app.platform.dialogs.chooseFileToSave('ropa', suggestedRegisterFileName(suggested));
    if (!path) throw new AppError('CANCELLED');
    return app.create(path, { organisationName: name, organisation });
  },
  'files:open': async (_input, app) => {
    const path = await app.platform.dialogs.chooseFileToOpen('ropa');
    if (!path) throw new AppError('CANCELLED');
    return app.open(path);
  },
  'files:recent': async (_input, app) => app.platform.recentFiles.list(),
  'files:openRecent': async ({ id }, app) => {
    const path = app.platform.recentFiles.pathOf(id);
    if (!path) throw new AppError('NOT_FOUND', { id });
    return app.open(path);
  },
  'files:saveCopy': async (_input, app) => {
    const session = app.requireSession();
    const suggested = registerFileName(translator(app.language)('shell:copyOf', { name: registerStem(session.path) }));
    const path = await app.platform.dialogs.chooseFileToSave('ropa', suggested);
    if (!path) throw new AppError('CANCELLED');
    // A team register has no SQLite file to back up: its copy is `ropa copy`'s, from one snapshot (team-copy.ts).
    if (session.team) await saveTeamCopy(session, path);
    else await backupTo(session, path);
    return { fileName: basename(path) };
  },
  'files:close': async (_input, app) => ({ closed: await app.close() }),
};
