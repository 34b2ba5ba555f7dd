/**
 * The parts of the Excel import preview that are tables: how each column
 * maps to a register field (with a choice per column), the rows that cannot
 * be taken, and the entries the import would create.
 */
import { useTranslation } from 'react-i18next';
import type { XlsxImportField, XlsxPreview } from '../../../../shared/contract/xlsx.ts';

export function ColumnsTable({
  preview,
  disabled,
  onChange,
}: {
  preview: XlsxPreview;
  disabled: boolean;
  onChange: (letter: string, field: XlsxImportField | null) => void;
}) {
  const { t } = useTranslation('filesUi');
  const labelOf = (field: XlsxPreview['fields'][number]) => (field.required ? t('xlsxImport.requiredMark', { label: field.label }) : field.label);
  return (
    <div className="table-scroller">
      <table className="files-table mapping-table" data-testid="mapping-table">
        <caption className="visually-hidden">{t('xlsxImport.columnsCaption', { sheet: preview.sheet.name })}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-letter">
              {t('xlsxImport.column')}
            </th>
            <th scope="col" className="col-header">
              {t('xlsxImport.header')}
            </th>
            <th scope="col">{t('xlsxImport.samples')}</th>
            <th scope="col" className="col-field">
              {t('xlsxImport.field')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => {
            const suggested = preview.fields.filter((field) => column.candidates.includes(field.key));
            const others = preview.fields.filter((field) => !column.candidates.includes(field.key));
            return (
              <tr key={column.letter} className={column.field === null ? 'column-left-out' : undefined} data-column={column.letter}>
                <th scope="row" className="col-letter">
                  {column.letter}
                </th>
                <td className="col-header">{column.header}</td>
                <td className="col-samples" title={column.samples.join('\n')}>
                  {column.samples.map((sample, index) => (
                    <span key={index} className="sample">
                      {sample}
                    </span>
                  ))}
                </td>
                <td className="col-field">
                  <select
                    aria-label={t('xlsxImport.fieldFor', { column: column.letter, header: column.header })}
                    value={column.field ?? ''}
                    disabled={disabled}
                    onChange={(event) => onChange(column.letter, (event.target.value || null) as XlsxImportField | null)}
                  >
                    <option value="">{t('xlsxImport.leaveOut')}</option>
                    {suggested.length > 0 && (
                      <optgroup label={t('xlsxImport.suggested')}>
                        {suggested.map((field) => (
                          <option key={field.key} value={field.key}>
                            {labelOf(field)}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label={t('xlsxImport.otherFields')}>
                      {others.map((field) => (
                        <option key={field.key} value={field.key}>
                          {labelOf(field)}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ProblemsTable({ problems }: { problems: XlsxPreview['problems'] }) {
  const { t } = useTranslation('filesUi');
  return (
    <div className="table-scroller problems-scroller">
      <table className="files-table" data-testid="problems-table">
        <caption className="visually-hidden">{t('xlsxImport.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-row">
              {t('xlsxImport.row')}
            </th>
            <th scope="col" className="col-where">
              {t('xlsxImport.column')}
            </th>
            <th scope="col">{t('xlsxImport.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <th scope="row" className="col-row">
                {problem.row}
              </th>
              <td className="col-where">
                {problem.column ? (
                  <>
                    <strong>{problem.column}</strong> {problem.header ? `“${problem.header}”` : ''}
                  </>
                ) : (
                  <span className="muted">{t('xlsxImport.wholeRow')}</span>
                )}
              </td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CreatedList({ created }: { created: XlsxPreview['created'] }) {
  return (
    <dl className="facts created-list" data-testid="created-list">
      {created.map((group) => (
        <div key={group.kind} className="facts-row">
          <dt>{group.label}</dt>
          <dd>{group.names.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}
