import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getActivity } from '../../main/db/repositories/activity-repository.ts';
import { listHistory } from '../../main/db/repositories/history-repository.ts';
import { getRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { dispatch } from '../../main/handlers/index.ts';
import type { RegisterSession } from '../../main/services/register-session.ts';
import { applyTemplates } from '../../main/templates/apply-templates.ts';
import { countRows, registerWithOrganisation } from './helpers.ts';
import { testApp, value } from '../helpers/app.ts';

describe('applying templates to a register', () => {
  let session: RegisterSession;
  let organisationId: string;
  beforeEach(async () => {
    ({ session, organisationId } = await registerWithOrganisation());
  });
  afterEach(() => session.close());

  const apply = (templateIds: string[], language: 'lv' | 'en' = 'lv') =>
    session.write((trx) => applyTemplates(trx, { organisationId, templateIds, language }, session.ctx));

  it('makes numbered draft activities linked to catalogue entries and rules, each rule and entry created once', async () => {
    // The e-shop and the accounting activity share the accounting rule; CCTV is applied twice.
    const first = await apply(['e-shop', 'accounting-invoicing', 'cctv', 'cctv']);
    expect(first.activities.map((a) => a.number)).toEqual(['PD-01', 'PD-02', 'PD-03', 'PD-04']);
    expect(first.activities.every((a) => a.status === 'draft' && a.organisationId === organisationId)).toBe(true);
    expect(first.createdRetentionRules.filter((id) => id === 'tpl-rr-accounting-source')).toHaveLength(1);
    expect(first.createdRetentionRules.filter((id) => id === 'tpl-rr-cctv')).toHaveLength(1);
    const rules = await countRows(session, 'retention_rule');
    expect(rules).toBe(new Set(first.createdRetentionRules).size);

    const eshop = await getActivity(session.db, first.activities[0]!.id);
    const accounting = await getActivity(session.db, first.activities[1]!.id);
    const invoiceRule = (a: typeof eshop) => a.dataCategories.find((row) => row.dataCategoryId === 'dc-financial')?.retentionRuleId;
    expect(invoiceRule(eshop)).toBe('tpl-rr-accounting-source');
    expect(invoiceRule(accounting)).toBe('tpl-rr-accounting-source');
    const rule = await getRetentionRule(session.db, 'tpl-rr-accounting-source');
    expect(rule.legalSource).toBe('Grāmatvedības likums');
    expect(rule.legalArticle).toBe('28. pants');
    expect(rule.notes).toMatch(/konsolidētais teksts/);
    expect(eshop.name).toBe('Interneta veikals: pasūtījumi un piegāde');
    expect(eshop.recipients.map((r) => r.recipientCategoryId)).toContain('tpl-rc-hosting');
    expect(eshop.notes).toContain('Izveidots no parauga „Interneta veikals');

    // Again later: everything is reused, nothing is created, the numbering goes on.
    const catalogueBefore = await countRows(session, 'recipient_category');
    const second = await apply(['e-shop', 'accounting-invoicing']);
    expect(second.createdRetentionRules).toEqual([]);
    expect(second.createdCatalogueEntries).toEqual([]);
    expect(second.activities.map((a) => a.number)).toEqual(['PD-05', 'PD-06']);
    expect(await countRows(session, 'retention_rule')).toBe(rules);
    expect(await countRows(session, 'recipient_category')).toBe(catalogueBefore);
  });

  it('keeps a rule the DPO has edited: it is linked, not overwritten', async () => {
    await apply(['cctv']);
    await session.write((trx) => trx.updateTable('retention_rule').set({ period_value: 14 }).where('id', '=', 'tpl-rr-cctv').execute());
    await apply(['cctv']);
    expect((await getRetentionRule(session.db, 'tpl-rr-cctv')).periodValue).toBe(14);
  });

  it('records every creation in the history, and writes English text for an English register', async () => {
    const before = (await listHistory(session.db, { limit: 1000 })).length;
    const result = await apply(['newsletter'], 'en');
    const entries = await listHistory(session.db, { limit: 1000 });
    const created = entries.slice(0, entries.length - before);
    expect(created.filter((e) => e.entityType === 'activity')).toHaveLength(1);
    expect(created.filter((e) => e.entityType === 'retentionRule').map((e) => e.entityId)).toEqual(result.createdRetentionRules);
    expect(created.filter((e) => e.entityType === 'recipientCategories').map((e) => e.entityId)).toEqual(['tpl-rc-email-service']);
    expect(result.activities[0]!.name).toBe('Newsletter');
  });

  it('an unknown template or organisation changes nothing, with a clear message, through the contract', async () => {
    const { app } = testApp();
    app.session = session;
    const history = await countRows(session, 'history');
    const unknown = await dispatch(app, 'templates:apply', { organisationId, templateIds: ['cctv', 'no-such-template'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(!unknown.ok && unknown.error.message).toContain('no-such-template');
    const noOrg = await dispatch(app, 'templates:apply', { organisationId: 'nav-tads', templateIds: ['cctv'] });
    expect(noOrg).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REFERENCE' } });
    const empty = await dispatch(app, 'templates:apply', { organisationId, templateIds: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await countRows(session, 'activity')).toBe(0);
    expect(await countRows(session, 'retention_rule')).toBe(0);
    expect(await countRows(session, 'history')).toBe(history);

    const applied = await value(app, 'templates:apply', { organisationId, templateIds: ['cctv', 'visitor-log'] });
    expect(applied.activities.map((a) => a.number)).toEqual(['PD-01', 'PD-02']);
    const listed = await value(app, 'templates:list', { language: 'en' });
    expect(listed.find((s) => s.id === 'cctv')).toMatchObject({ name: 'CCTV', origin: 'library', legalBasisPoints: ['f'] });
  });
});
