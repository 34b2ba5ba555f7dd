/**
 * The three sample privacy policies of Latvian firms, entered as registers
 * (test/notice/sample-policy-registers.ts): what an inspector reading them
 * would say, and the checks now say too.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/rules/index.ts';
import { POLICIES, policyRegister } from '../notice/sample-policy-registers.ts';
import { TODAY, useCatalogues } from './helpers.ts';

useCatalogues();

const INSPECTOR_RULES = new Set([
  'cookies.without-consent',
  'platform.joint-controller',
  'art22.effect-unassessed',
  'profiling.not-informed',
  'retention-text.vague',
  'dpo.required',
  'register.no-activities',
  'basis.consent-and-other',
]);

const inspectorFindings = (file: string): string[] => {
  const spec = POLICIES.find((p) => p.file.startsWith(file))!;
  return runChecks(policyRegister(spec), TODAY)
    .filter((f) => INSPECTOR_RULES.has(f.ruleId))
    .map((f) => `${f.entity.label} | ${f.ruleId} | ${f.field}`);
};

describe('the sample privacy policies, read like an inspector', () => {
  it('SIA “LOGU ALIANSE”: keeps customer data “while the law requires it”, no law named', () => {
    expect(inspectorFindings('000')).toEqual(['Klientu dati | retention-text.vague | criterion']);
  });

  it('SIA “IMG Logistics”: keeps everything “as long as necessary”', () => {
    expect(inspectorFindings('002')).toEqual(['Lietotāju dati | retention-text.vague | criterion']);
  });

  it('SIA "Web Multishop Company": analyses its visitors with cookies on legitimate interests, and keeps customer data “as long as necessary”', () => {
    expect(inspectorFindings('003')).toEqual([
      'WM-06 Datu analīze | cookies.without-consent | purposes.0.legalBasisIds',
      'Klientu personas dati | retention-text.vague | criterion',
    ]);
  });
});
