/**
 * Reģistra faili: the open register (its title, file and copies), opening
 * or creating another, recent files, and the register's exports. Main asks
 * for file names with its own dialogs; paths never come from here.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract/index.ts';
import type { RecentFile, RegisterStatus } from '../../../../shared/contract/register.ts';
import { formatTimestamp } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { registerActions, type RegisterAction } from './register-actions.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';
import { NewRegisterForm } from './NewRegisterForm.tsx';
import { TeamRegisterForm } from './TeamRegisterForm.tsx';
import { isTeamRegisterPath, TeamBackupsNote } from './TeamBackupsNote.tsx';

export interface RegisterFilesProps {
  register: RegisterStatus | null;
  onOpened: (status: RegisterStatus) => void;
  onClosed: () => void;
  onTitleChanged: (status: RegisterStatus) => void;
}

const loadRecent = () => call('files:recent', {});
const loadInfo = () => call('app:info', {});

export function RegisterFiles({ register, onOpened, onClosed, onTitleChanged }: RegisterFilesProps) {
  const { t } = useTranslation('editor');
  const { reportError, announce } = useNotices();
  const { navigate } = useNavigation();
  const id = useId();
  const [dialog, setDialog] = useState<RegisterAction | null>(null);
  const { value: recent } = useLoad<RecentFile[]>(loadRecent, reportError);
  const { value: info } = useLoad<ChannelOutput<'app:info'>>(loadInfo, reportError);
  const [title, setTitle] = useState(register?.info.title ?? '');
  useEffect(() => setTitle(register?.info.title ?? ''), [register?.info.title]);

  const run = useCallback(
    async <T,>(work: () => Promise<T>, then: (value: T) => void) => {
      try {
        then(await work());
      } catch (error) {
        reportError(error);
      }
    },
    [reportError],
  );

  const start = (action: RegisterAction) => {
    const { Dialog, route, run: runAction } = action;
    if (Dialog) setDialog(action);
    else if (route) navigate(route);
    else if (runAction) void run(() => runAction(t), (message) => message && announce(message));
  };
  const actionButtons = (group: RegisterAction['group']) => (
    <div className="button-row">
      {registerActions
        .filter((action) => action.group === group)
        .map((action) => (
          <button
            key={action.id}
            type="button"
            disabled={action.changesRegister && register?.readOnly}
            aria-describedby={action.changesRegister && register?.readOnly ? `${id}-readonly` : undefined}
            onClick={() => start(action)}
          >
            {t(action.labelKey)}
          </button>
        ))}
    </div>
  );

  return (
    <section className="screen files" aria-labelledby="screen-title">
      <PageHeader title={register ? t('screens:files.title') : t('ui:home.title')} subtitle={register ? undefined : t('ui:home.lead')} />
      <OutcomePanel screen="files" />
      {register && (
        <section className="panel" aria-labelledby={`${id}-current`}>
          <h2 id={`${id}-current`}>{t('screens:files.current')}</h2>
          <dl className="facts">
            <dt>{t('screens:files.fileName')}</dt>
            <dd>{register.fileName}</dd>
            <dt>{t('screens:files.path')}</dt>
            <dd className="path">{register.path}</dd>
          </dl>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => call('register:setTitle', { title }), (status) => {
                onTitleChanged(status);
                announce(t('notices.saved'));
              });
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-title`}>{t('screens:files.registerTitle')}</label>
              <input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} />
            </div>
            <button type="submit">{t('screens:files.saveTitle')}</button>
          </form>
          <div className="button-row">
            <button type="button" onClick={() => void run(() => call('files:saveCopy', {}), (copy) => announce(t('screens:files.copySaved', { file: copy.fileName })))}>
              {t('screens:files.saveCopy')}
            </button>
            <button type="button" onClick={() => void run(() => call('files:close', {}), () => onClosed())}>
              {t('screens:files.close')}
            </button>
          </div>
        </section>
      )}
      {register && (
        <section className="panel" aria-labelledby={`${id}-exchange`}>
          <h2 id={`${id}-exchange`}>{t('filesUi:files.exchange')}</h2>
          <h3>{t('filesUi:files.exports')}</h3>
          <p className="muted">{t('filesUi:files.exportsLead')}</p>
          {actionButtons('export')}
          <h3>{t('filesUi:files.imports')}</h3>
          <p className="muted">{t('filesUi:files.importsLead')}</p>
          {register.readOnly && (
            <p className="notice notice-warning" id={`${id}-readonly`}>
              {t('filesUi:common.readOnlyDisabled')}
            </p>
          )}
          {actionButtons('import')}
        </section>
      )}
      {register && (isTeamRegisterPath(register.path) ? <TeamBackupsNote path={register.path} /> : <BackupsPanel />)}
      <section className="panel" aria-labelledby={`${id}-other`}>
        <h2 id={`${id}-other`}>{register ? t('screens:files.other') : t('screens:files.start')}</h2>
        <NewRegisterForm onOpened={onOpened} />
        <div className="button-row">
          <button type="button" onClick={() => void run(() => call('files:open', {}), onOpened)}>
            {t('screens:files.open')}
          </button>
        </div>
        {info?.transport === 'web' && <p className="muted">{t('screens:files.webNote')}</p>}
        <TeamRegisterForm onOpened={onOpened} transport={info?.transport} />
      </section>
      <section className="panel" aria-labelledby={`${id}-recent`}>
        <h2 id={`${id}-recent`}>{t('ui:home.recent')}</h2>
        {!recent || recent.length === 0 ? (
          <p className="muted">{t('ui:home.noRecent')}</p>
        ) : (
          <ul className="recent-files">
            {recent.map((file) => (
              <li key={file.id}>
                <span className="badge">{t(isTeamRegisterPath(file.path) ? 'teamOpen:kindTeam' : 'teamOpen:kindFile')}</span>{' '}
                <button type="button" className="link" title={file.path} onClick={() => void run(() => call('files:openRecent', { id: file.id }), onOpened)}>
                  {file.fileName}
                </button>{' '}
                <span className="muted">
                  {file.path} · {formatTimestamp(file.openedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {dialog?.Dialog && <dialog.Dialog onClose={() => setDialog(null)} />}
    </section>
  );
}
