/**
 * Where a compliance finding leads and what to call its field: the editor
 * of the record it names, opened at the field (`field` in the route), and
 * the field's label as the editor shows it. Pure, tested under Node.
 */
import type { Severity } from '../../../../shared/rules/types.ts';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import type { Finding } from '../../../../shared/rules/types.ts';
import type { Route } from '../../state/routes.ts';
import { fieldLabel, sectionOfPath, type SectionName } from '../activities/activity-form.ts';

type T = (key: string, params?: Record<string, unknown>) => string;

/** The editor that fixes a finding, opened at its field. */
export function findingRoute(finding: Pick<Finding, 'entity' | 'field'>): Route {
  const { id, type } = finding.entity;
  const field = finding.field || undefined;
  switch (type) {
    case 'activity':
      return { screen: 'activity', id, field };
    case 'processor':
      return { screen: 'processor', id, field };
    case 'retentionRule':
      return { screen: 'retentionRule', id, field };
    case 'organisation':
      return { screen: 'organisation', id, field };
    case 'breach':
      return { screen: 'breach', id, field };
    case 'subjectRequest':
      return { screen: 'request', id, field };
  }
}

/** The finding's field as the editor labels it: '3. nolūks: Interešu līdzsvara izvērtējums', 'Līgums derīgs līdz'. */
export function findingFieldLabel(finding: Pick<Finding, 'entity' | 'field'>, t: T): string {
  const { field } = finding;
  const head = field.split('.')[0] ?? field;
  switch (finding.entity.type) {
    case 'processor':
      return t(`fields:processor.${head}`);
    case 'retentionRule':
      return t(`fields:retentionRule.${head}`);
    case 'organisation':
      return t(`fields:organisation.${head}`);
    case 'breach':
      return t(`dpoRecords:breach.${head}`);
    case 'subjectRequest':
      return t(`dpoRecords:request.${head}`);
    case 'activity': {
      // A linked processor row is named by its row; it has no "processorId" label of its own.
      const row = /^processors\.(\d+)\.processorId$/.exec(field);
      return fieldLabel(row ? `processors.${row[1]}` : field, t);
    }
  }
}

/** The activity editor section a finding's field is in (for activity findings). */
export function findingSection(finding: Pick<Finding, 'field'>): SectionName {
  return sectionOfPath(finding.field);
}

/** The findings of each severity, in the order given (errors, warnings, information). */
export function groupBySeverity<F extends Pick<Finding, 'severity'>>(findings: readonly F[]): Array<{ severity: Severity; findings: F[] }> {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }));
}
