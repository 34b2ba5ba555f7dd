/** The library of common activities: each channel is one call into main/templates. */
import { basename } from 'node:path';
import { registerStem } from '../services/register-name.ts';
import { registerLabel } from '../services/team-session.ts';
import { writeFileSync } from 'node:fs';
import type { templatesContract } from '../../shared/contract/templates.ts';
import { AppError } from '../errors.ts';
import { applyTemplates } from '../templates/apply-templates.ts';
import { exportTemplateSet, importTemplateSet, parseTemplateSet, saveActivityAsTemplate } from '../templates/own-templates.ts';
import { availableTemplates, summarise } from '../templates/template-catalog.ts';
import { readImportFile } from '../services/import-file.ts';
import type { HandlerMap } from './types.ts';

export const templateHandlers: HandlerMap<keyof typeof templatesContract> = {
  'templates:list': async ({ language }, app) => (await availableTemplates(app.session?.db ?? null)).map((entry) => summarise(entry, language ?? app.language)),
  'templates:get': async ({ id }, app) => {
    const found = (await availableTemplates(app.session?.db ?? null)).find((entry) => entry.template.id === id);
    if (!found) throw new AppError('NOT_FOUND', { id });
    return found.template;
  },
  'templates:apply': async ({ organisationId, templateIds, language }, app) => {
    const session = app.requireSession();
    return session.write((trx) => applyTemplates(trx, { organisationId, templateIds, language: language ?? app.language }, session.ctx));
  },
  'templates:saveActivity': async ({ activityId, group }, app) => {
    const session = app.requireSession();
    const stored = await session.write((trx) => saveActivityAsTemplate(trx, activityId, { group }, session.ctx));
    return summarise({ origin: 'own', template: stored.template, definitions: stored.definitions }, app.language);
  },
  'templates:export': async ({ templateIds }, app) => {
    const session = app.requireSession();
    const { text, count } = await exportTemplateSet(session.db, templateIds, registerLabel(session.path));
    const path = await app.platform.dialogs.chooseFileToSave('json', `${registerStem(session.path)}-paraugi.json`);
    if (!path) throw new AppError('CANCELLED');
    writeFileSync(path, text);
    return { fileName: basename(path), count };
  },
  'templates:import': async (_input, app) => {
    const session = app.requireSession();
    session.assertWritable();
    const path = await app.platform.dialogs.chooseFileToOpen('json');
    if (!path) throw new AppError('CANCELLED');
    const set = parseTemplateSet(readImportFile(path), app.language);
    return { count: await session.write((trx) => importTemplateSet(trx, set, session.ctx)) };
  },
};
