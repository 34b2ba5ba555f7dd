/**
 * Websites read the inspector's way: trackers that are not strictly
 * necessary need consent, and an advertising platform or social network
 * that uses what it collects for its own ends is not a mere processor.
 * The words the rules look for are in one table each (below), in Latvian
 * and English, tested with triggers and near misses in
 * test/rules/inspector-online.test.ts.
 */
import type { Activity } from '../domain/activity.ts';
import { recordText } from './dpia-inference.ts';
import type { CheckContext } from './context.ts';
import { defineRule } from './types.ts';

/** Signs that the record is about trackers on a device: cookies, pixels, SDKs, tags. */
export const TRACKER_PATTERNS: readonly RegExp[] = [
  /sīkdatn/i,
  /\bcookie/i,
  /pikse/i,
  /\bpixel/i,
  /\btracker/i,
  /izsekotāj/i,
  /\bSDK\b/,
  /tag manager/i,
  /local ?storage/i,
  /fingerprint/i,
  /sociāl\S* (tīkl\S* )?spraudņ/i,
  /social (plugin|button)/i,
  /like button/i,
];

/** Purposes that no tracker is strictly necessary for: analytics, advertising, social plugins. */
export const NON_ESSENTIAL_PURPOSE_PATTERNS: readonly RegExp[] = [
  /analītik/i,
  /analīz/i,
  /analytics/i,
  /pieredzes (uzlabošan|optimizēšan)/i,
  /user experience/i,
  /statistik/i,
  /statistics/i,
  /reklām/i,
  /advertis/i,
  /\bads\b/i,
  /remarketing/i,
  /retarget/i,
  /mērķauditorij/i,
  /targeting/i,
  /sociāl\S* (tīkl|spraudņ|medij)/i,
  /social (media|network|plugin)/i,
  /mārketing/i,
  /marketing/i,
];

/** Advertising platforms and social networks, by name or by kind. */
export const PLATFORM_PATTERNS: readonly RegExp[] = [
  /\bMeta\b/,
  /facebook/i,
  /instagram/i,
  /google ads/i,
  /doubleclick/i,
  /linkedin/i,
  /tiktok/i,
  /\bX Corp/i,
  /twitter/i,
  /pinterest/i,
  /snapchat/i,
  /youtube/i,
  /criteo/i,
  /sociāl\S* tīkl/i,
  /social network/i,
  /reklāmas platform/i,
  /advertising platform/i,
  /ad network/i,
];

/** Sharing for the platform's own purposes: pixels, plugins, fan pages, audiences, conversions. */
export const OWN_PURPOSE_PATTERNS: readonly RegExp[] = [
  /pikse/i,
  /\bpixel/i,
  /spraudņ/i,
  /plugin/i,
  /like button/i,
  /fanu lap/i,
  /fan page/i,
  /auditorij/i,
  /audience/i,
  /konversij/i,
  /conversion/i,
  /remarketing/i,
  /retarget/i,
  /reklām/i,
  /advertis/i,
];

/**
 * Whether any of `patterns` is found in a text, as `patterns.some((p) => p.test(text))`
 * says, with one regular expression per set of flags (the patterns joined as
 * alternatives) instead of one per pattern: the checks test every activity's
 * text, and one pass over it is several times faster than twenty. The
 * patterns have no `g`/`y` flag (no state between tests) and no
 * back-references, so the alternatives mean exactly the patterns.
 */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const sources = new Map<string, string[]>();
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky) throw new Error(`anyOf: ${String(pattern)} keeps state between tests`);
    sources.set(pattern.flags, [...(sources.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
  }
  const combined = [...sources].map(([flags, alternatives]) => new RegExp(alternatives.join('|'), flags));
  return (text) => combined.some((pattern) => pattern.test(text));
}

const hasTracker = anyOf(TRACKER_PATTERNS);
const isNonEssentialPurpose = anyOf(NON_ESSENTIAL_PURPOSE_PATTERNS);
const isPlatform = anyOf(PLATFORM_PATTERNS);
const isOwnPurpose = anyOf(OWN_PURPOSE_PATTERNS);

const pointsOf = (context: CheckContext, ids: readonly string[]): string[] =>
  ids.map((id) => context.legalBases.get(id)?.gdprPoint ?? '').filter((point) => point !== '');

const usesTrackers = (activity: Activity): boolean =>
  activity.dataCategories.some((row) => row.dataCategoryId === 'dc-online') || hasTracker(recordText(activity));

/**
 * A purpose for analytics, advertising or social plugins, on an activity
 * that uses trackers, resting on legitimate interests or a contract and not
 * on consent. Error: storing or reading information on a user's device
 * needs consent unless strictly necessary for the service asked for
 * (Directive 2002/58/EC Art. 5(3), in Latvia the Informācijas sabiedrības
 * pakalpojumu likums, 7.¹ pants); Art. 6(1)(b) and (f) cannot stand in for it.
 */
export const cookiesWithoutConsentRule = defineRule(
  { id: 'cookies.without-consent', severity: 'error', article: 'Art. 6(1)(a)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((activity) => {
      if (!usesTrackers(activity)) return [];
      return activity.purposes.flatMap((purpose, index) => {
        const points = pointsOf(context, purpose.legalBasisIds);
        const nonEssential = isNonEssentialPurpose(purpose.description);
        if (!nonEssential || points.includes('a') || !(points.includes('b') || points.includes('f'))) return [];
        return [context.activityFinding(rule, activity, `purposes.${index}.legalBasisIds`, { purpose: purpose.description })];
      });
    });
  },
);

/**
 * An advertising platform or social network recorded as a processor of an
 * activity that shares data with it for its own ends (a pixel, a plugin, a
 * fan page, audiences). Warning: the CJEU held the website operator and the
 * platform joint controllers for the collection and transmission
 * (Fashion ID, C-40/17; Wirtschaftsakademie, C-210/16): an Art. 26
 * arrangement is due, and the platform outside the EEA makes it a transfer.
 */
export const platformJointControllerRule = defineRule(
  { id: 'platform.joint-controller', severity: 'warning', article: 'Art. 26', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((activity) => {
      const text = recordText(activity);
      return activity.processors.flatMap((row, index) => {
        const processor = context.processors.get(row.processorId);
        if (!processor || (processor.role !== 'processor' && processor.role !== 'sub_processor')) return [];
        if (!isPlatform(`${processor.name}\n${processor.service}`)) return [];
        if (!isOwnPurpose(`${text}\n${processor.service}\n${row.notes}`)) return [];
        return [context.activityFinding(rule, activity, `processors.${index}.processorId`, { processor: processor.name })];
      });
    });
  },
);

export const inspectorOnlineRules = [cookiesWithoutConsentRule, platformJointControllerRule] as const;
