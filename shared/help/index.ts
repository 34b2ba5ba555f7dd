/**
 * Help on every field of the activity, organisation, processor and retention
 * rule editors, in Latvian and English: one place, keyed by the domain
 * schema's field path without list indexes (see define.ts). The editors look
 * a field's help up by its form name (`purposes.2.description` →
 * `purposes.description`).
 */
import type { Language } from '../i18n/languages.ts';
import { activityDisclosureHelp } from './activity-disclosure.ts';
import { activityRecordHelp } from './activity-record.ts';
import { activityBasesSourcesHelp } from './bases-and-sources.ts';
import type { FieldHelp, HelpScope, HelpText } from './define.ts';
import { activityNewerHelp, organisationNewerHelp, retentionRuleNewerHelp } from './newer-fields.ts';
import { organisationHelp, processorHelp, retentionRuleHelp } from './other-records.ts';

export { HELP_SCOPES, type FieldHelp, type HelpScope, type HelpText } from './define.ts';

export const FIELD_HELP: Record<HelpScope, Record<string, FieldHelp>> = {
  activity: { ...activityRecordHelp, ...activityDisclosureHelp, ...activityNewerHelp, ...activityBasesSourcesHelp },
  organisation: { ...organisationHelp, ...organisationNewerHelp },
  processor: processorHelp,
  retentionRule: { ...retentionRuleHelp, ...retentionRuleNewerHelp },
};

/** A form field's name as a help key: list indexes dropped (`purposes.0.description` → `purposes.description`). */
export function helpKey(fieldName: string): string {
  return fieldName
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

/** The help for a form field of a record type, in a language; undefined when the field has none. */
export function fieldHelp(scope: HelpScope, fieldName: string, language: Language): HelpText | undefined {
  return FIELD_HELP[scope][helpKey(fieldName)]?.[language];
}
