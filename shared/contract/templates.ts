/**
 * Channels of the library of common activities (templates): list and preview
 * them, turn several into draft activities of an organisation at once, save
 * an activity as the DPO's own template, and carry own templates between
 * registers as a JSON file (chosen by main's dialog, never a path from the
 * renderer).
 */
import { z } from 'zod';
import { Activity } from '../domain/activity.ts';
import { Id } from '../domain/primitives.ts';
import { ActivityTemplate, TemplateGroup, TemplateSummary } from '../templates/schema.ts';
import { channel } from './define.ts';
import { Language } from './register.ts';

export const templatesContract = {
  /**
   * The library's templates and the register's own (library only when no
   * register is open), in the given language (the app's by default).
   */
  'templates:list': channel(z.object({ language: Language.optional() }).strict(), z.array(TemplateSummary)),
  /** One template, whole, for a preview. Errors: NOT_FOUND. */
  'templates:get': channel(z.object({ id: Id }).strict(), ActivityTemplate),
  /**
   * Makes a draft activity of `organisationId` from each template (in order;
   * an id may repeat), linked to catalogue entries and retention rules that
   * are created once and reused. One transaction with its history entries.
   * Errors: NOT_FOUND (a template), UNKNOWN_REFERENCE (the organisation, or a
   * link nothing defines), READ_ONLY, LOCKED.
   */
  'templates:apply': channel(
    z.object({ organisationId: Id, templateIds: z.array(Id).min(1).max(200), language: Language.optional() }).strict(),
    z.object({ activities: z.array(Activity), createdCatalogueEntries: z.array(z.string()), createdRetentionRules: z.array(z.string()) }),
  ),
  /** Saves an activity as an own template. Errors: NOT_FOUND, READ_ONLY. */
  'templates:saveActivity': channel(z.object({ activityId: Id, group: TemplateGroup.optional() }).strict(), TemplateSummary),
  /** Writes own templates (all, or those named) to a JSON file the user chooses. Errors: CANCELLED, NOT_FOUND. */
  'templates:export': channel(z.object({ templateIds: z.array(Id).min(1).max(1000).optional() }).strict(), z.object({ fileName: z.string(), count: z.number().int() })),
  /**
   * Adds the templates of a set file the user chooses to the register's own
   * (same id: replaced). Errors: CANCELLED, IMPORT_NOT_JSON, IMPORT_INVALID,
   * IMPORT_TOO_LARGE, READ_ONLY.
   */
  'templates:import': channel(z.object({}).strict(), z.object({ count: z.number().int() })),
};
