/** The library screen's preview of a template (main/templates/template-preview.ts). */
import type { templateLibraryContract } from '../../shared/contract/template-library.ts';
import { previewTemplate } from '../templates/template-preview.ts';
import type { HandlerMap } from './types.ts';

export const templateLibraryHandlers: HandlerMap<keyof typeof templateLibraryContract> = {
  'templates:preview': async ({ id, language }, app) => previewTemplate(app.session?.db ?? null, id, language ?? app.language),
};
