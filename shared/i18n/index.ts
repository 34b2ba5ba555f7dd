/**
 * One i18n library (i18next) and one catalogue of text for the renderer, the
 * CLI and the exports. Latvian is the default and the fallback.
 *
 * i18next: widely used, framework-neutral (the same instance type serves
 * React through react-i18next and plain Node), with CLDR plural rules, which
 * Latvian needs (zero / one / other).
 */
import i18next from 'i18next';
import { activity } from './resources/activity.ts';
import { activityRetention } from './resources/activity-retention.ts';
import { basesSources } from './resources/bases-sources.ts';
import { checks } from './resources/checks.ts';
import { cli } from './resources/cli.ts';
import { cliCommands } from './resources/cli-commands.ts';
import { common } from './resources/common.ts';
import { compliance } from './resources/compliance.ts';
import { conflicts } from './resources/conflicts.ts';
import { dpoRecords } from './resources/dpo-records.ts';
import { editor } from './resources/editor.ts';
import { errors } from './resources/errors.ts';
import { fields } from './resources/fields.ts';
import { library } from './resources/library.ts';
import { model } from './resources/model.ts';
import { fieldHelp } from './resources/field-help.ts';
import { notice } from './resources/notice.ts';
import { filesUi } from './resources/files-ui.ts';
import { importProgress } from './resources/import-progress.ts';
import { fonts } from './resources/fonts.ts';
import { repair } from './resources/repair.ts';
import { report } from './resources/report.ts';
import { safety } from './resources/safety.ts';
import { screens } from './resources/screens.ts';
import { tasks } from './resources/tasks.ts';
import { team } from './resources/team.ts';
import { teamOpen } from './resources/team-open.ts';
import { teamRoles } from './resources/team-roles.ts';
import { templates } from './resources/templates.ts';
import { shell } from './resources/shell.ts';
import { ui } from './resources/ui.ts';
import { validation } from './resources/validation.ts';
import { versions } from './resources/versions.ts';
import { verify } from './resources/verify.ts';
import { xlsx } from './resources/xlsx.ts';
import { workspace } from './resources/workspace.ts';
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';

export { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './languages.ts';

/** Every namespace. A new one is one import and one line here. */
export const namespaces = {
  activity,
  activityRetention,
  basesSources,
  checks,
  cli,
  cliCommands,
  common,
  compliance,
  conflicts,
  dpoRecords,
  editor,
  errors,
  fields,
  library,
  fieldHelp,
  filesUi,
  importProgress,
  model,
  notice,
  fonts,
  repair,
  report,
  safety,
  screens,
  tasks,
  team,
  teamOpen,
  teamRoles,
  templates,
  shell,
  ui,
  validation,
  versions,
  verify,
  xlsx,
  workspace,
} as const;
export type NamespaceName = keyof typeof namespaces;

type Resources = Record<Language, Record<NamespaceName, object>>;

/** The resources object i18next expects, for both languages. */
export function buildResources(): Resources {
  const pick = (lang: Language) =>
    Object.fromEntries(Object.entries(namespaces).map(([name, ns]) => [name, ns[lang]])) as Record<
      NamespaceName,
      object
    >;
  return { lv: pick('lv'), en: pick('en') };
}

/** A translate function: `namespace:key` and interpolation values -> text. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const translators = new Map<Language, Translate>();
/** More than every key of the resources: a bound, should a caller make keys up. */
const FIXED_TEXTS_KEPT = 10_000;

/**
 * A synchronous translate function for one language, for main-process code
 * (CLI messages, errors, exports). Keys are `namespace:path`, e.g.
 * `fields:activity.name`.
 */
export function translator(lang: Language): Translate {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: buildResources(),
      ns: Object.keys(namespaces),
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    // A text without values is the same every time (the resources are fixed),
    // and i18next takes microseconds to find one: the checks, the exports and
    // the report write the same labels thousands of times. Remembered per key.
    const fixed = new Map<string, string>();
    t = (key, params) => {
      if (params !== undefined) return instance.t(key, params) as string;
      let text = fixed.get(key);
      if (text === undefined) {
        text = instance.t(key, {}) as string;
        if (fixed.size < FIXED_TEXTS_KEPT) fixed.set(key, text);
      }
      return text;
    };
    translators.set(lang, t);
  }
  return t;
}
