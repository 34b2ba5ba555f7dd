/**
 * `ropa templates …`: the library of common activities from the command
 * line, calling the same main/templates code as the app's channels.
 */
import { resolve } from 'node:path';
import { registerLabel } from '../../services/team-session.ts';
import type { Kysely } from 'kysely';
import { listOrganisations } from '../../db/repositories/organisation-repository.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { readImportFile } from '../../services/import-file.ts';
import { writeChosenFile } from '../../services/atomic-write.ts';
import { openRegister } from '../../services/register-files.ts';
import type { RegisterSession } from '../../services/register-session.ts';
import { applyTemplates } from '../../templates/apply-templates.ts';
import { exportTemplateSet, importTemplateSet, parseTemplateSet, saveActivityAsTemplate } from '../../templates/own-templates.ts';
import { availableTemplates, summarise } from '../../templates/template-catalog.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { TemplateGroup } from '../../../shared/templates/schema.ts';
import { UsageError, requireOption, type CliIO, type Command, registerOption } from '../command.ts';

/**
 * Opens the register (`write`: as its writer, LOCKED when another instance
 * holds it; `read`: read-only), runs `work`, and closes it whatever happens.
 */
async function withRegister<T>(values: Record<string, string | boolean | undefined>, io: CliIO, access: 'read' | 'write', work: (session: RegisterSession) => Promise<T>): Promise<T> {
  const path = registerOption(values, io);
  const session = await openRegister(path, access === 'read' ? { now: io.now, readOnly: true } : { now: io.now, whenLocked: 'fail', language: io.lang });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** An organisation named by its id or, when unique, by its exact name. */
async function organisationId(db: Kysely<DB>, wanted: string): Promise<string> {
  const organisations = await listOrganisations(db);
  const byId = organisations.find((o) => o.id === wanted);
  if (byId) return byId.id;
  const byName = organisations.filter((o) => o.name === wanted);
  if (byName.length === 1) return byName[0]!.id;
  throw new AppError('UNKNOWN_REFERENCE', { field: '--org', id: wanted });
}

/** An activity named by its id or, when unique, by its number. */
async function activityId(db: Kysely<DB>, wanted: string): Promise<string> {
  const rows = await db.selectFrom('activity').select(['id', 'number']).where((eb) => eb.or([eb('id', '=', wanted), eb('number', '=', wanted)])).execute();
  const exact = rows.find((row) => row.id === wanted) ?? (rows.length === 1 ? rows[0] : undefined);
  if (!exact) throw new AppError('NOT_FOUND', { id: wanted });
  return exact.id;
}

export const templatesListCommand: Command = {
  words: ['templates', 'list'],
  usage: 'ropa templates list [--db FILE] [--json]',
  summary: 'cliCommands:templatesList',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const session = typeof values.db === 'string' ? await openRegister(registerOption(values, io), { now: io.now, readOnly: true }) : null;
    try {
      const rows = (await availableTemplates(session?.db ?? null)).map((entry) => summarise(entry, io.lang));
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      const t = translator(io.lang);
      const width = Math.max(...rows.map((row) => row.id.length));
      const bases = t('templates:columns.bases').length;
      io.stdout(`${t('templates:columns.id').padEnd(width)}  ${t('templates:columns.bases')}  ${t('templates:columns.name')}\n`);
      let group = '';
      for (const row of rows) {
        const heading = row.origin === 'own' ? t('templates:origins.own') : t(`templates:groups.${row.group}`);
        if (heading !== group) io.stdout(`\n${(group = heading)}\n`);
        io.stdout(`${row.id.padEnd(width)}  ${row.legalBasisPoints.join(',').padEnd(bases)}  ${row.name}\n`);
      }
      return 0;
    } finally {
      await session?.close();
    }
  },
};

export const templatesAddCommand: Command = {
  words: ['templates', 'add'],
  usage: 'ropa templates add ID… --db FILE --org ORGANISATION',
  summary: 'cliCommands:templatesAdd',
  options: { db: { type: 'string' }, org: { type: 'string' } },
  positionals: [1, 200],
  async run({ positionals, values }, io) {
    const wanted = requireOption(values, 'org');
    const result = await withRegister(values, io, 'write', async (session) => {
      const known = new Set((await availableTemplates(session.db)).map((entry) => entry.template.id));
      const unknown = positionals.find((id) => !known.has(id));
      if (unknown !== undefined) throw new UsageError(translator(io.lang)('templates:unknown', { id: unknown }));
      const organisation = await organisationId(session.db, wanted);
      return session.write((trx) => applyTemplates(trx, { organisationId: organisation, templateIds: positionals, language: io.lang }, session.ctx));
    });
    const numbers = result.activities.map((activity) => activity.number).join(', ');
    io.stdout(`${translator(io.lang)('templates:applied', { count: result.activities.length, numbers, rules: result.createdRetentionRules.length, entries: result.createdCatalogueEntries.length })}\n`);
    return 0;
  },
};

export const templatesSaveCommand: Command = {
  words: ['templates', 'save'],
  usage: 'ropa templates save ACTIVITY --db FILE [--group GROUP]',
  summary: 'cliCommands:templatesSave',
  options: { db: { type: 'string' }, group: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const group = values.group === undefined ? undefined : TemplateGroup.safeParse(values.group);
    if (group && !group.success) throw new UsageError(`--group ${TemplateGroup.options.join('|')}`);
    const stored = await withRegister(values, io, 'write', async (session) => {
      const id = await activityId(session.db, positionals[0] as string);
      return session.write((trx) => saveActivityAsTemplate(trx, id, { group: group?.data }, session.ctx));
    });
    io.stdout(`${translator(io.lang)('templates:saved', { id: stored.template.id })}\n`);
    return 0;
  },
};

export const templatesExportCommand: Command = {
  words: ['templates', 'export'],
  usage: 'ropa templates export [ID…] --db FILE [--out OUT.json]',
  summary: 'cliCommands:templatesExport',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  positionals: [0, 1000],
  async run({ positionals, values }, io) {
    const { text, count } = await withRegister(values, io, 'read', (session) =>
      exportTemplateSet(session.db, positionals.length > 0 ? positionals : undefined, registerLabel(session.path)),
    );
    if (typeof values.out !== 'string') io.stdout(text);
    else {
      writeChosenFile(resolve(io.cwd, values.out), text);
      io.stderr(`${translator(io.lang)('templates:exported', { count, file: values.out })}\n`);
    }
    return 0;
  },
};

export const templatesImportCommand: Command = {
  words: ['templates', 'import'],
  usage: 'ropa templates import IN.json --db FILE',
  summary: 'cliCommands:templatesImport',
  options: { db: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const set = parseTemplateSet(readImportFile(resolve(io.cwd, positionals[0] as string)), io.lang);
    const count = await withRegister(values, io, 'write', (session) => session.write((trx) => importTemplateSet(trx, set, session.ctx)));
    io.stdout(`${translator(io.lang)('templates:imported', { count })}\n`);
    return 0;
  },
};
