/**
 * The blank records the editors' "new" forms start from and the importers
 * fill in (shared/domain): each, given what the user must type (a name, an
 * organisation), is a record the register accepts; without it, the schema
 * names the missing field. One set of defaults for main and the renderer.
 */
import { describe, expect, it } from 'vitest';
import { BreachInput, emptyBreach } from '../../shared/domain/breach.ts';
import { OrganisationInput, emptyOrganisation } from '../../shared/domain/organisation.ts';
import { ProcessorInput, emptyProcessor } from '../../shared/domain/processor.ts';
import { RetentionRuleInput, emptyRetentionRule } from '../../shared/domain/retention.ts';
import { SubjectRequestInput, emptySubjectRequest } from '../../shared/domain/subject-request.ts';

const firstPath = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues[0]?.path.join('.');

describe('empty records', () => {
  it('are accepted once named (a rule once it has a period), and refused with the missing field pointed at while blank', () => {
    expect(ProcessorInput.safeParse(emptyProcessor('SIA Mākoņserviss', 'sub_processor')).success).toBe(true);
    // A rule needs its period (or a criterion) as well: the form says so at the criterion.
    expect(firstPath(RetentionRuleInput.safeParse(emptyRetentionRule('Grāmatvedības dokumenti')))).toBe('criterion');
    expect(RetentionRuleInput.safeParse({ ...emptyRetentionRule('Grāmatvedības dokumenti'), periodValue: 10, periodUnit: 'years' }).success).toBe(true);
    expect(OrganisationInput.safeParse(emptyOrganisation('SIA Pārzinis')).success).toBe(true);
    expect(firstPath(ProcessorInput.safeParse(emptyProcessor()))).toBe('name');
    expect(firstPath(RetentionRuleInput.safeParse(emptyRetentionRule()))).toBe('name');
    expect(emptyProcessor('SIA X', 'joint_controller')).toMatchObject({ name: 'SIA X', role: 'joint_controller', subProcessorIds: [], dpfCertified: false });
    expect(emptyRetentionRule()).toMatchObject({ periodState: 'structured', periodText: '', actionAtExpiry: 'delete' });
  });

  it('start a breach at the minute its controller learnt of it, and a request on the day it came, undecided and open', () => {
    const breach = emptyBreach('org-1', new Date('2026-12-05T09:41:37.512Z'));
    expect(breach).toMatchObject({ organisationId: 'org-1', awareAt: '2026-12-05T09:41:00.000Z', dviDecision: 'undecided', subjectsDecision: 'undecided', status: 'open' });
    expect(firstPath(BreachInput.safeParse(breach))).toBe('number');
    expect(BreachInput.safeParse({ ...breach, number: 'IN-2026-01', title: 'Nozaudēts klēpjdators' }).success).toBe(true);
    const request = emptySubjectRequest('org-1', '2026-12-05');
    expect(request).toMatchObject({ receivedOn: '2026-12-05', type: 'access', outcome: 'pending', status: 'open' });
    expect(SubjectRequestInput.safeParse({ ...request, number: 'DS-2026-01', requester: 'Klients K-1043' }).success).toBe(true);
  });
});
