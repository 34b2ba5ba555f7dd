/**
 * The privacy notice from the app: its set-up, the preview with the check,
 * saving (main asks where, then writes and records the issue) and the
 * notices the register has outgrown. The same service as `ropa notice`.
 */
import { basename } from 'node:path';
import type { noticeContract } from '../../shared/contract/notice.ts';
import { isoToday } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { translateFinding } from '../../shared/rules/messages.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { AppError } from '../errors.ts';
import { findNotice, saveNoticeSettings } from '../notice/notice-repository.ts';
import { issueNotice, noticeStatuses, prepareNotice, type NoticeRequest } from '../notice/notice-service.ts';
import type { AppContext } from '../services/app-context.ts';
import { writeChosenFile } from '../services/atomic-write.ts';
import { cachedRegisterDocument } from '../services/document-cache.ts';
import type { HandlerMap } from './types.ts';

function request(input: { organisationId: string; audienceIds: string[]; lang?: Language | undefined; date?: string | undefined }, app: AppContext): NoticeRequest {
  return { organisationId: input.organisationId, audienceIds: input.audienceIds, lang: input.lang ?? app.language, date: input.date ?? isoToday(app.platform.now()) };
}

/** "privatuma-pazinojums-klienti-2026-12-04.html". */
function suggestedName(lang: Language, audience: string, date: string, format: string): string {
  const title = lang === 'lv' ? 'privatuma-pazinojums' : 'privacy-notice';
  const slug = audience
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${title}-${slug || 'notice'}-${date}.${format}`;
}

export const noticeHandlers: HandlerMap<keyof typeof noticeContract> = {
  'notice:settings': async (input, app) => {
    const session = app.requireSession();
    const stored = await findNotice(session.db, input.organisationId, input.audienceIds);
    return stored ? { settings: stored.settings, revision: stored.revision } : { settings: defaultNoticeSettings(input.organisationId, input.audienceIds), revision: null };
  },
  'notice:saveSettings': async (input, app) => {
    const session = app.requireSession();
    const document = await cachedRegisterDocument(session.db);
    if (!document.organisations.some((o) => o.id === input.settings.organisationId)) throw new AppError('NOT_FOUND', { id: input.settings.organisationId });
    const saved = await session.write((trx) => saveNoticeSettings(trx, input.settings, input.revision, session.ctx));
    return { revision: saved.revision };
  },
  'notice:preview': async (input, app) => {
    const session = app.requireSession();
    const wanted = request(input, app);
    const prepared = await prepareNotice(session.db, await cachedRegisterDocument(session.db), wanted);
    return { text: prepared.text, findings: prepared.findings.map((f) => translateFinding(f, wanted.lang)), version: prepared.version };
  },
  'notice:save': async (input, app) => {
    const session = app.requireSession();
    session.assertWritable();
    const wanted = { ...request(input, app), final: input.final === true };
    const document = await cachedRegisterDocument(session.db);
    // Checked before the dialog opens: an unknown organisation or audience is reported first.
    const prepared = await prepareNotice(session.db, document, wanted);
    const audience = prepared.scope.audience.map((c) => (wanted.lang === 'lv' ? c.nameLv || c.nameEn : c.nameEn || c.nameLv)).join('-');
    const path = await app.platform.dialogs.chooseFileToSave(input.format, suggestedName(wanted.lang, audience, wanted.date, input.format));
    if (!path) throw new AppError('CANCELLED');
    const issued = await issueNotice(session.db, (work) => session.write(work), session.ctx, document, { ...wanted, format: input.format });
    try {
      writeChosenFile(path, issued.bytes);
    } catch (error) {
      throw new AppError('WRITE_FAILED', { file: basename(path), detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
    }
    return { fileName: basename(path), version: issued.issue.version, missing: issued.prepared.findings.length };
  },
  'notice:statuses': async (_input, app) => {
    const session = app.requireSession();
    return noticeStatuses(session.db, await cachedRegisterDocument(session.db));
  },
};
