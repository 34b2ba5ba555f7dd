/**
 * On the overview: how the register stands to its approvals ("Apstiprināts
 * 05.12.2026 (Ilze Ozola, DAS); izmaiņas kopš tā: 3"), and the form that
 * approves it as it stands now (name, role, date, note): a history entry
 * with the head hash and the content fingerprint.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionList } from '../../../../shared/contract/versions.ts';
import { formatDate } from '../../../../shared/format.ts';
import { approvalText } from '../../../../shared/versions/approval-text.ts';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNotices } from '../../state/notices.tsx';
import { useNavigation } from '../../state/navigation.tsx';
import { useReadOnly, useRegisterStatus } from '../../state/register-status.tsx';

const listVersions = () => call('versions:list', {});

export function ApprovalPanel() {
  const { t } = useTranslation('versions');
  const { reportError, announce } = useNotices();
  const readOnly = useReadOnly();
  // On a team register only its owners approve: others are told so instead of offered a form the server's answer refuses.
  const { register } = useRegisterStatus();
  const teamRole = register?.teamRole ?? null;
  const ownersOnly = teamRole !== null && teamRole !== 'owner';
  const { value: loaded } = useLoad(listVersions, reportError);
  const [list, setList] = useState<VersionList | null>(null);
  const [open, setOpen] = useState(false);
  const versions = list ?? loaded;
  const ids = { name: useId(), role: useId(), date: useId(), note: useId() };
  const [form, setForm] = useState({ name: '', role: '', approvedOn: '', note: '' });
  const approve = useCallback(async () => {
    try {
      const next = await call('versions:approve', { name: form.name, role: form.role, note: form.note, ...(form.approvedOn ? { approvedOn: form.approvedOn } : {}) });
      setList(next);
      setOpen(false);
      announce(t('ui.approvedNow'));
    } catch (error) {
      reportError(error);
    }
  }, [form, announce, reportError, t]);
  if (!versions) return null;
  const text = approvalText((key, params) => t(key, params ?? {}), versions.status);
  return (
    <section className="panel approval-panel" aria-labelledby={`${ids.name}-title`} data-testid="approval-panel">
      <h2 id={`${ids.name}-title`}>{t('cover.approval')}</h2>
      <p>
        <span>{text}</span> {versions.status.latest && <CompareWithNow approval={versions.status.latest} />}
      </p>
      <VersionEntries versions={versions} />
      {ownersOnly && (
        <p className="hint" data-testid="approve-owners-only">
          {t('teamRoles:approveHint', { role: t(`teamRoles:role.${teamRole}`) })}
        </p>
      )}
      {!readOnly && !ownersOnly && !open && (
        <button type="button" className="button-small" onClick={() => setOpen(true)}>
          {t('ui.approve')}
        </button>
      )}
      {open && (
        <form
          className="approval-form"
          onSubmit={(event) => {
            event.preventDefault();
            void approve();
          }}
        >
          <label htmlFor={ids.name}>{t('ui.name')}</label>
          <input id={ids.name} value={form.name} required onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <label htmlFor={ids.role}>{t('ui.role')}</label>
          <input id={ids.role} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })} />
          <label htmlFor={ids.date}>{t('ui.date')}</label>
          <input id={ids.date} type="date" value={form.approvedOn} onChange={(e) => setForm({ ...form, approvedOn: e.target.value })} />
          <label htmlFor={ids.note}>{t('ui.note')}</label>
          <textarea id={ids.note} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          <div className="form-actions">
            <button type="submit" className="button-primary">
              {t('ui.approve')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('ui.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** One click: what changed between an approved version and now (the history screen's comparison, run at once). */
function CompareWithNow({ approval }: { approval: VersionList['approvals'][number] }) {
  const { t } = useTranslation('versions');
  const { navigate } = useNavigation();
  return (
    <button type="button" className="button-small" onClick={() => navigate({ screen: 'history', compareFrom: approval.recordedAt })}>
      {t('ui.compareWithNow')}
    </button>
  );
}

/** Approvals and reviews, newest first; an approval opens the register as it was approved, or its changes since. */
function VersionEntries({ versions }: { versions: VersionList }) {
  const { t } = useTranslation('versions');
  const { reloadAll } = useRegisterStatus();
  const { confirmDiscard } = useNavigation();
  const { reportError } = useNotices();
  const show = async (moment: string) => {
    if (!(await confirmDiscard())) return;
    try {
      await reloadAll(await call('versions:viewAsOf', { moment }));
    } catch (error) {
      reportError(error);
    }
  };
  const rows = [
    ...versions.approvals.map((a) => ({ seq: a.seq, date: a.approvedOn, text: t('ui.approvalRow', { name: a.role ? `${a.name} (${a.role})` : a.name }), moment: a.recordedAt, approval: a })),
    ...versions.reviews.map((r) => ({ seq: r.seq, date: r.reviewedOn, text: t('ui.reviewRow', { label: r.label, by: r.reviewedBy || r.author || t('unknownAuthor') }), moment: null, approval: null })),
  ].sort((a, b) => b.seq - a.seq);
  if (rows.length === 0) return null;
  return (
    <details className="version-entries">
      <summary>{t('versionsTitle')}</summary>
      <ul data-testid="version-entries">
        {rows.map((row) => (
          <li key={row.seq}>
            {formatDate(row.date)} {row.text}{' '}
            {row.moment && (
              <button type="button" className="button-small" onClick={() => void show(row.moment as string)}>
                {t('view.open')}
              </button>
            )}{' '}
            {row.approval && <CompareWithNow approval={row.approval} />}
          </li>
        ))}
      </ul>
    </details>
  );
}
