/**
 * "Atvērt komandas reģistru" (issue 20): the server, database, user,
 * register and TLS mode of a team register on PostgreSQL, and the password.
 * Main builds the address from the fields (shared/contract/team.ts); no URL
 * is sent. In the desktop app the DPO may ask for the password to be kept
 * (encrypted with the system's safeStorage); in browser mode it is used for
 * this session only. A refusal (wrong password, no server, not a register)
 * is shown under the form, in the user's language, and the form keeps what
 * was typed.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../../shared/contract/register.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { useErrorText } from './use-error-text.ts';

const SSL_MODES = ['require', 'verify-full', 'disable'] as const;
type SslMode = (typeof SSL_MODES)[number];
const TEXT_FIELDS = ['host', 'port', 'database', 'user', 'register'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export function TeamRegisterForm({ onOpened, transport }: { onOpened: (status: RegisterStatus) => void; transport: 'electron' | 'web' | undefined }) {
  const { t } = useTranslation('teamOpen');
  const { announce } = useNotices();
  const id = useId();
  const { errorText, setError } = useErrorText();
  const [values, setValues] = useState<Record<TextField, string>>({ host: '', port: '5432', database: '', user: '', register: '' });
  const [sslMode, setSslMode] = useState<SslMode>('require');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const port = Number(values.port);
      const opened = await call('team:open', {
        host: values.host,
        port: Number.isInteger(port) ? port : 0,
        database: values.database,
        user: values.user,
        register: values.register,
        sslMode,
        password,
        remember: transport === 'electron' && remember,
      });
      setError(null);
      setPassword('');
      announce([t('opened', { name: opened.fileName }), opened.passwordKept ? t('kept') : ''].filter(Boolean).join(' '));
      onOpened(opened);
    } catch (error) {
      setError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="team-register" data-testid="team-register">
      <summary>{t('title')}</summary>
      <form noValidate onSubmit={(event) => void submit(event)} aria-describedby={`${id}-lead`}>
        <p className="muted" id={`${id}-lead`}>
          {t('lead')}
        </p>
        <div className="form-grid">
          {TEXT_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(field)}</label>
              <input
                id={`${id}-${field}`}
                name={field}
                inputMode={field === 'port' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={field === 'register' ? `${id}-register-hint` : undefined}
                value={values[field]}
                onChange={(event) => setValues((previous) => ({ ...previous, [field]: event.target.value }))}
              />
              {field === 'register' && (
                <p className="muted" id={`${id}-register-hint`}>
                  {t('registerHint')}
                </p>
              )}
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${id}-ssl`}>{t('sslMode')}</label>
            <select id={`${id}-ssl`} name="sslMode" value={sslMode} onChange={(event) => setSslMode(event.target.value as SslMode)}>
              {SSL_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`sslModes.${mode}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('password')}</label>
            <input
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="current-password"
              aria-describedby={`${id}-password-hint`}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <p className="muted" id={`${id}-password-hint`}>
              {transport === 'electron' ? t('passwordHint') : t('sessionOnly')}
            </p>
          </div>
        </div>
        {transport === 'electron' && (
          <label className="checkbox-row">
            <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} /> {t('remember')}
          </label>
        )}
        {errorText && (
          <p className="notice notice-error" role="alert" data-testid="team-register-error">
            {errorText}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('opening') : t('open')}
        </button>
      </form>
    </details>
  );
}
