/** A compact way to write a library template: defaults for what most templates leave empty. */
import type { ActivityTemplateInput } from '../schema.ts';

type Required = Pick<ActivityTemplateInput, 'id' | 'group' | 'name' | 'description' | 'purposes' | 'dataSubjectCategoryIds' | 'dataCategories' | 'recipientCategoryIds' | 'sourceTypes' | 'dpiaCriteria'>;

export function template(fields: Required & Partial<ActivityTemplateInput>): ActivityTemplateInput {
  return { kind: 'controller', art9ConditionIds: [], securityMeasureIds: ['sm-access-control', 'sm-need-to-know'], ...fields };
}

/** A data category governed by a retention rule (or by none yet: null). */
export function data(id: string, retentionRuleId: string | null = null): { id: string; retentionRuleId: string | null } {
  return { id, retentionRuleId };
}
