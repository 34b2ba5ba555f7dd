import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listCatalogues } from '../../main/db/repositories/catalogue-repository.ts';
import type { RegisterSession } from '../../main/services/register-session.ts';
import { ActivityInput } from '../../shared/domain/activity.ts';
import { CATALOGUE_NAMES, type CatalogueName } from '../../shared/domain/catalogues.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';
import { findRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { LIBRARY_SOURCE } from '../../shared/templates/library/index.ts';
import { TemplateSet, type TemplateSet as TemplateSetType } from '../../shared/templates/schema.ts';
import { applyTemplates } from '../../main/templates/apply-templates.ts';
import { registerWithOrganisation } from './helpers.ts';

/**
 * The rules whose legal source could not be compared with the law's text (see
 * docs/templates.md, "How each legal source was checked"). A rule joins this
 * list only with a note saying exactly what was searched.
 */
const UNVERIFIED_ALLOWED = ['tpl-rr-aml', 'tpl-rr-health-checks'];

/** The topics the issue asks the library to cover, by template id. */
const REQUIRED = [
  'personnel-files', 'payroll-tax', 'working-time', 'occupational-health', 'job-applicants', 'accounting-invoicing', 'customer-contracts',
  'debt-collection', 'cctv', 'visitor-log', 'vehicle-gps', 'it-access-logs', 'work-email', 'website-analytics-cookies', 'newsletter',
  'direct-marketing', 'e-shop', 'loyalty-programme', 'social-media-page', 'event-photos', 'supplier-contacts', 'whistleblowing',
  'aml-due-diligence', 'call-recording', 'processor-client-hosting',
];

describe('the built-in library of common activities', () => {
  let library: TemplateSetType;
  let session: RegisterSession;
  let organisationId: string;

  beforeAll(() => {
    library = TemplateSet.parse(LIBRARY_SOURCE);
  });
  // The temporary folder goes after each test: each test makes its register.
  beforeEach(async () => {
    ({ session, organisationId } = await registerWithOrganisation());
  });
  afterEach(() => session.close());

  async function builtinIds(): Promise<Record<CatalogueName, Set<string>>> {
    const catalogues = await listCatalogues(session.db);
    return Object.fromEntries(CATALOGUE_NAMES.map((name) => [name, new Set(catalogues[name].map((entry) => entry.id))])) as Record<CatalogueName, Set<string>>;
  }

  it('has at least 30 templates, unique ids, every required topic, and names and descriptions in both languages', () => {
    expect(library.templates.length).toBeGreaterThanOrEqual(30);
    const ids = library.templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    for (const template of library.templates) {
      for (const text of [template.name.lv, template.name.en, template.description.lv, template.description.en]) expect(text.trim(), template.id).not.toBe('');
      expect(template.purposes.length * template.dataSubjectCategoryIds.length * template.dataCategories.length, template.id).toBeGreaterThan(0);
      for (const purpose of template.purposes) {
        for (const text of [purpose.description.lv, purpose.description.en]) expect(text.trim(), template.id).not.toBe('');
        expect(purpose.legalBasisIds.length, template.id).toBeGreaterThan(0);
      }
    }
  });

  it('every catalogue reference resolves: to a built-in entry of the migrations, or to an entry the library defines (never both)', async () => {
    const builtin = await builtinIds();
    const defined = new Map(library.catalogueEntries.map((entry) => [`${entry.catalogue}:${entry.id}`, entry]));
    for (const entry of library.catalogueEntries) {
      expect(builtin[entry.catalogue].has(entry.id), `${entry.id} shadows a built-in entry`).toBe(false);
      expect(entry.id.startsWith('tpl-')).toBe(true);
    }
    const resolves = (catalogue: CatalogueName, id: string) => builtin[catalogue].has(id) || defined.has(`${catalogue}:${id}`);
    const unresolved: string[] = [];
    const check = (where: string, catalogue: CatalogueName, ids: readonly string[]) => {
      for (const id of ids) if (!resolves(catalogue, id)) unresolved.push(`${where}: ${catalogue} ${id}`);
    };
    const rules = new Set(library.retentionRules.map((rule) => rule.id));
    for (const template of library.templates) {
      check(template.id, 'legalBases', template.purposes.flatMap((purpose) => purpose.legalBasisIds));
      check(template.id, 'art9Conditions', template.art9ConditionIds);
      check(template.id, 'dataSubjectCategories', template.dataSubjectCategoryIds);
      check(template.id, 'dataCategories', template.dataCategories.map((row) => row.id));
      check(template.id, 'recipientCategories', template.recipientCategoryIds);
      check(template.id, 'securityMeasures', template.securityMeasureIds);
      for (const row of template.dataCategories) if (row.retentionRuleId && !rules.has(row.retentionRuleId)) unresolved.push(`${template.id}: rule ${row.retentionRuleId}`);
    }
    for (const rule of library.retentionRules) if (rule.dataCategoryId) check(rule.id, 'dataCategories', [rule.dataCategoryId]);
    expect(unresolved).toEqual([]);
  });

  it('every retention rule validates as a register rule, cites its source to the article or says it is a common practice', () => {
    for (const rule of library.retentionRules) {
      for (const lang of ['lv', 'en'] as const) {
        const parsed = RetentionRuleInput.safeParse({
          name: rule.name[lang], dataCategoryId: rule.dataCategoryId, periodValue: rule.periodValue, periodUnit: rule.periodUnit,
          criterion: rule.criterion[lang], startEvent: rule.startEvent[lang], legalSource: rule.legalSource, legalArticle: rule.legalArticle,
          actionAtExpiry: rule.actionAtExpiry, backupsCovered: false, owner: '', lastReviewedOn: null, notes: rule.sourceNote[lang],
        });
        expect(parsed.success, `${rule.id} (${lang})`).toBe(true);
      }
      expect(rule.sourceCheck, rule.id).not.toBe('own_rule');
      expect(rule.sourceNote.lv.length > 20 && rule.sourceNote.en.length > 20, rule.id).toBe(true);
      if (rule.sourceCheck === 'common_practice') {
        expect(rule.legalArticle, rule.id).toBe('');
        expect(rule.sourceNote.lv, rule.id).toMatch(/prakse/);
      } else if (rule.legalArticle === '') {
        // A statutory source without an article must say plainly that it is still to be found.
        expect(rule.sourceCheck, rule.id).toBe('to_verify');
      } else {
        expect(rule.legalArticle, rule.id).toMatch(/\d+\.\s*pant|punkt/);
      }
    }
  });

  it('carries no unverified source beyond the listed ones; a verified source says where and when it was read', () => {
    expect(library.retentionRules.filter((rule) => rule.sourceCheck === 'to_verify').map((rule) => rule.id).sort()).toEqual(UNVERIFIED_ALLOWED);
    const verified = library.retentionRules.filter((rule) => rule.sourceCheck === 'verified');
    expect(verified.map((rule) => rule.id)).toContain('tpl-rr-processor');
    for (const rule of verified) {
      expect(rule.verifiedFrom?.where.length, rule.id).toBeGreaterThan(20);
      expect(rule.verifiedFrom?.readOn, rule.id).toMatch(/^2026-\d\d-\d\d$/);
    }
    for (const rule of library.retentionRules.filter((rule) => rule.sourceCheck !== 'verified')) expect(rule.verifiedFrom, rule.id).toBeUndefined();
    // A set (an imported one, say) that claims a verified source without saying where it was read is refused.
    const processor = library.retentionRules.find((rule) => rule.id === 'tpl-rr-processor');
    const { verifiedFrom: _dropped, ...claimOnly } = processor!;
    expect(TemplateSet.safeParse({ ...LIBRARY_SOURCE, retentionRules: [claimOnly] }).success).toBe(false);
  });

  it('the processor rule follows GDPR Art. 28(3)(g): the controller chooses deletion or return; the register notes say where the source was read', async () => {
    const rule = library.retentionRules.find((candidate) => candidate.id === 'tpl-rr-processor')!;
    expect(rule).toMatchObject({ legalSource: 'Vispārīgā datu aizsardzības regula', legalArticle: '28. panta 3. punkta g) apakšpunkts', periodValue: null });
    expect(rule.criterion.en).toMatch(/at the choice of the controller.*deleted or returned.*copies are deleted unless Union or Member State law requires storage/);
    expect(rule.criterion.lv).toMatch(/pēc pārziņa izvēles.*dzēsti vai atdoti pārzinim/);
    await session.write((trx) => applyTemplates(trx, { organisationId, templateIds: ['processor-client-hosting'], language: 'lv' }, session.ctx));
    const stored = await findRetentionRule(session.db, 'tpl-rr-processor');
    expect(stored?.notes).toMatch(/^Avots salīdzināts ar normatīvā akta tekstu \(Regula \(ES\) 2016\/679.*, lasīts 05\.12\.2026\)\./);
  });

  it('every template becomes a valid draft activity in a real register, in both languages', async () => {
    for (const language of ['lv', 'en'] as const) {
      const result = await session.write((trx) => applyTemplates(trx, { organisationId, templateIds: library.templates.map((template) => template.id), language }, session.ctx));
      expect(result.activities).toHaveLength(library.templates.length);
      for (const activity of result.activities) {
        expect(ActivityInput.safeParse(activity).success).toBe(true);
        expect(activity.status).toBe('draft');
        expect(activity.purposes.every((purpose) => purpose.legalBasisIds.length > 0)).toBe(true);
      }
    }
  });
});
