/**
 * One chart of the overview, readable without seeing it: a heading, a note
 * saying what is counted, the drawing (hidden from assistive technology),
 * and the same figures as a table. The table is always in the page for
 * screen readers; "Rādīt kā tabulu" shows it on screen too.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  columns: string[];
  /** Each row: its label (a row header), then one cell per further column. */
  rows: Array<{ key: string; cells: [string, ...Array<string | number>] }>;
}

export function ChartPanel({ id, title, note, table, empty, className, children }: { id: string; title: string; note?: string; table: ChartTable; empty?: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation('compliance');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <section className={`panel chart-panel${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {!empty && (
          <button type="button" className="button-small" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? t('charts.hideTable') : t('charts.showTable')}
          </button>
        )}
      </div>
      {note && <p className="chart-note">{note}</p>}
      {empty ? (
        <p className="muted chart-empty">{empty}</p>
      ) : (
        <>
          <div className="chart-drawing" aria-hidden="true">
            {children}
          </div>
          <div id={tableId} className={showTable ? 'chart-table' : 'visually-hidden'}>
            <table className="rows-table">
              <caption className="visually-hidden">{t('charts.tableCaption', { title })}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map(({ key, cells: [label, ...values] }) => (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    {values.map((value, index) => (
                      <td key={index}>{value}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
