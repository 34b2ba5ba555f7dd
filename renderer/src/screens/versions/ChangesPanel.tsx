/**
 * "Kas mainījās": what changed between two moments (the later one: now),
 * grouped by organisation and record, field by field with the editor's
 * labels, with filters by kind of change and by text.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterDiff } from '../../../../shared/versions/diff-types.ts';
import { describeDiff } from '../../../../shared/versions/describe-diff.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { useReadOnly } from '../../state/register-status.tsx';
import { isoToLocalMoment, localMomentToIso } from './AsOf.tsx';

/**
 * `initialFrom` (an instant, ISO 8601): compared with now as soon as the panel
 * opens ("approved version vs now"), to the millisecond, although the field
 * shows it to the minute.
 */
export function ChangesPanel({ names, initialFrom }: { names: ReadonlyMap<string, string>; initialFrom?: string | undefined }) {
  const { t } = useTranslation('versions');
  const { reportError, announce } = useNotices();
  const readOnly = useReadOnly();
  const ids = { from: useId(), to: useId(), kind: useId(), text: useId() };
  const [from, setFrom] = useState(initialFrom ? isoToLocalMoment(initialFrom) : '');
  const [exactFrom, setExactFrom] = useState(initialFrom ?? null);
  const panel = useRef<HTMLElement>(null);
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<'' | 'added' | 'changed' | 'removed'>('');
  const [text, setText] = useState('');
  const [diff, setDiff] = useState<RegisterDiff | null>(null);
  const compare = async () => {
    try {
      setDiff(await call('versions:diff', { from: exactFrom ?? localMomentToIso(from), ...(to ? { to: localMomentToIso(to) } : {}) }));
    } catch (error) {
      reportError(error);
    }
  };
  /** The record back as it was at the earlier moment: a new change, the history never rewritten. */
  const restore = async (entityType: string, entityId: string) => {
    if (!diff) return;
    try {
      const result = await call('versions:restoreAsOf', { entityType, entityId, seq: diff.from.seq });
      const dropped = result.droppedLinks.map((link) => link.label || link.id).join(', ');
      announce(`${t('restored', { label: result.label, outcome: t(`outcomes.${result.outcome}`) })}${dropped ? ` ${t('droppedLinks', { links: dropped })}` : ''}`);
      await compare();
    } catch (error) {
      reportError(error);
    }
  };
  useEffect(() => {
    if (!initialFrom) return;
    panel.current?.scrollIntoView({ block: 'start' });
    void compare();
    // Once, on opening with an approved version's moment.
  }, []);
  const groups = useMemo(() => {
    if (!diff) return [];
    const needle = text.trim().toLocaleLowerCase('lv');
    const changes = diff.changes.filter((c) => (!kind || c.change === kind) && (!needle || c.label.toLocaleLowerCase('lv').includes(needle)));
    return describeDiff(changes, (key, params) => t(key, params ?? {}), names);
  }, [diff, kind, text, names, t]);
  return (
    <section className="panel changes-panel" data-testid="changes-panel" ref={panel}>
      <h2>{t('ui.compareTitle')}</h2>
      <form
        className="filter-bar"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        <div className="filter">
          <label htmlFor={ids.from}>{t('ui.from')}</label>
          <input
            id={ids.from}
            type="datetime-local"
            value={from}
            required
            onChange={(e) => {
              setFrom(e.target.value);
              setExactFrom(null);
            }}
          />
        </div>
        <div className="filter">
          <label htmlFor={ids.to}>{t('ui.to')}</label>
          <input id={ids.to} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit" className="button-small" disabled={!from}>
          {t('ui.compare')}
        </button>
      </form>
      {diff && (
        <>
          <div className="filter-bar">
            <div className="filter">
              <label htmlFor={ids.kind}>{t('ui.kind')}</label>
              <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
                <option value="">{t('ui.allKinds')}</option>
                {(['added', 'changed', 'removed'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`change.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={ids.text}>{t('ui.record')}</label>
              <input id={ids.text} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
          </div>
          <p>{groups.length === 0 ? t('diff.none') : t('diff.count', { count: groups.reduce((n, g) => n + g.records.length, 0) })}</p>
          {groups.map((group) => (
            <div key={group.organisationId ?? ''} className="changes-group">
              <h3>{group.title}</h3>
              <ul>
                {group.records.map((record) => (
                  <li key={`${record.entityType}-${record.entityId}`} className={`change change-${record.change}`}>
                    <strong>
                      {record.kind}: {record.label}
                    </strong>{' '}
                    <span className={`badge badge-${record.change}`}>{record.changeText}</span>
                    {!readOnly && (
                      <button type="button" className="button-small" onClick={() => void restore(record.entityType, record.entityId)}>
                        {t('ui.restoreFrom')}
                      </button>
                    )}
                    {record.fields.length > 0 && (
                      <table className="diff-table">
                        <tbody>
                          {record.fields.map((field) => (
                            <tr key={field.field}>
                              <th scope="row">{field.label}</th>
                              <td className="diff-before">{field.before}</td>
                              <td className="diff-after">{field.after}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
