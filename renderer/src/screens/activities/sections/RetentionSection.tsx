import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityInput } from '../../../../../shared/domain/activity.ts';
import { localName } from '../../../../../shared/domain/catalogues.ts';
import { sortByText } from '../../../../../shared/format.ts';
import { useRegisterData, type RetentionRuleRow } from '../../../api/register-data.tsx';
import { useOptionsWhenUsed } from '../../../components/form/controls.tsx';
import { useFieldState } from '../../../components/form/Field.tsx';
import { ColumnHelp, useColumnHelpId } from '../../../components/form/FieldHelp.tsx';
import { useArrayValue } from '../../../components/form/use-array-value.ts';
import { Section } from '../../../components/Section.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { useNotices } from '../../../state/notices.tsx';
import { useQuickAdd } from '../QuickAdd.tsx';

type DataCategoryRow = ActivityInput['dataCategories'][number];

/** "10 gadi" or the criterion, for a rule in a list. */
export function periodText(rule: Pick<RetentionRuleRow, 'periodValue' | 'periodUnit' | 'criterion'>, t: (key: string) => string): string {
  if (rule.periodValue !== null && rule.periodUnit) return `${rule.periodValue} ${t(`fields:enums.periodUnit.${rule.periodUnit}`)}`;
  return rule.criterion;
}

/** Art. 30(1)(f): the time limit for erasure of each category of data, as a linked retention rule. */
export function RetentionSection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const quickAdd = useQuickAdd();
  const [rows, setRows] = useArrayValue<DataCategoryRow>('dataCategories');
  if (!data) return null;
  const rules = sortByText(data.retentionRules, (r) => r.name, language);
  const categoryName = (id: string) => {
    const entry = data.catalogues.dataCategories.find((c) => c.id === id);
    return entry ? localName(entry, language) : id;
  };
  const setRule = (index: number, ruleId: string | null) => setRows(rows.map((row, i) => (i === index ? { ...row, retentionRuleId: ruleId } : row)));
  const applyToAll = (ruleId: string) => setRows(rows.map((row) => ({ ...row, retentionRuleId: ruleId })));
  // A rule made here is applied to the categories that have none yet, and the notice says to how many.
  const created = (ruleId: string): string => {
    const without = rows.filter((row) => !row.retentionRuleId).length;
    setRows(rows.map((row) => (row.retentionRuleId ? row : { ...row, retentionRuleId: ruleId })));
    return t('activityRetention:createdApplied', { count: without });
  };
  return (
    <Section id="sec-retention" title={t('activity:sections.retention')} intro={t('activity:retention.intro')}>
      {rows.length === 0 ? (
        <p className="muted">{t('activity:retention.noCategories')}</p>
      ) : (
        <table className="rows-table">
          <caption className="visually-hidden">{t('activity:sections.retention')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields:retentionRule.dataCategoryId')}</th>
              <th scope="col">
                {t('fields:activity.retentionRuleId')} <ColumnHelp name="dataCategories.retentionRuleId" label={t('fields:activity.retentionRuleId')} />
              </th>
              <th scope="col">{t('fields:retentionRule.period')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <RuleRow
                key={row.dataCategoryId}
                index={index}
                category={categoryName(row.dataCategoryId)}
                ruleId={row.retentionRuleId ?? null}
                rules={rules}
                onChange={(ruleId) => setRule(index, ruleId)}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="retention-actions">
        {rows.length > 1 && <ApplyToAll rules={rules} onApply={applyToAll} />}
        <button type="button" className="button-small" onClick={() => quickAdd.retentionRule(created)}>
          {t('editor:quickAdd.retentionRuleButton')}
        </button>
      </div>
    </Section>
  );
}

function RuleRow({ index, category, ruleId, rules, onChange }: { index: number; category: string; ruleId: string | null; rules: RetentionRuleRow[]; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const name = `dataCategories.${index}.retentionRuleId`;
  const { a11y, error, errorId } = useFieldState(name, { columnHelpId: useColumnHelpId(name) });
  const rule = rules.find((r) => r.id === ruleId);
  // A large register has hundreds of rules: the options are built when the control is used.
  const { expanded, expand } = useOptionsWhenUsed(rules.length);
  return (
    <tr>
      <th scope="row" className="rows-table-name">
        <label htmlFor={a11y.id}>{category}</label>
      </th>
      <td>
        <select {...a11y} value={ruleId ?? ''} onChange={(event) => onChange(event.target.value || null)} onFocus={expand} onPointerEnter={expand}>
          <option value="">{t('activity:retention.noRule')}</option>
          {(expanded ? rules : rule ? [rule] : []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </td>
      <td className="muted">{rule ? periodText(rule, t) : ''}</td>
    </tr>
  );
}

/** "Apply this rule to every data category of the activity": one rule for all rows at once. */
function ApplyToAll({ rules, onApply }: { rules: RetentionRuleRow[]; onApply: (ruleId: string) => void }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const [ruleId, setRuleId] = useState('');
  const id = useId();
  // The rule column's help (what a retention rule is) describes this choice too.
  const helpId = useColumnHelpId('dataCategories.retentionRuleId');
  const rule = rules.find((r) => r.id === ruleId);
  return (
    <div className="retention-apply-all">
      <label htmlFor={id}>{t('activityRetention:applyAllLabel')}</label>
      <select id={id} aria-describedby={helpId} value={ruleId} onChange={(event) => setRuleId(event.target.value)}>
        <option value="">{t('activity:retention.noRule')}</option>
        {rules.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button-small"
        disabled={!rule}
        onClick={() => {
          if (!rule) return;
          onApply(rule.id);
          announce(t('activityRetention:applied', { name: rule.name }));
        }}
      >
        {t('activityRetention:applyAll')}
      </button>
    </div>
  );
}
