/**
 * The guided start (issue 14): "Jauns reģistrs" asks for the organisation
 * before the register exists — its name is required, its registration
 * number, address, contacts and DPO may be given at once — and for a file
 * name only if the DPO wants another than the organisation's. Once created
 * (main makes its first backup), the overview offers the library as the
 * first step (FirstStepsPanel).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewRegisterOrganisation, RegisterStatus } from '../../../../shared/contract/register.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';

const FIELDS = ['name', 'regNo', 'address', 'email', 'phone', 'dpoName', 'dpoEmail'] as const;
type FieldName = (typeof FIELDS)[number];
const INPUT_TYPES: Partial<Record<FieldName, string>> = { email: 'email', dpoEmail: 'email', phone: 'tel' };

export function NewRegisterForm({ onOpened }: { onOpened: (status: RegisterStatus) => void }) {
  const { t } = useTranslation('library');
  const { reportError } = useNotices();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<FieldName, string>>({ name: '', regNo: '', address: '', email: '', phone: '', dpoName: '', dpoEmail: '' });
  const [fileName, setFileName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    setNameMissing(false);
    const organisation: NewRegisterOrganisation = { name: values.name };
    for (const field of FIELDS) if (values[field].trim()) organisation[field] = values[field];
    try {
      const status = await call('files:new', { organisation, ...(fileName.trim() ? { fileName } : {}) });
      onOpened(status);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <form className="new-register" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} data-testid="new-register">
      <h3 id={`${id}-title`}>{t('start.title')}</h3>
      <p className="muted">{t('start.lead')}</p>
      <div className="form-grid">
        {FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>
              {t(`start.${field}`)}
              {field === 'name' && <span aria-hidden="true"> *</span>}
            </label>
            <input
              id={`${id}-${field}`}
              ref={field === 'name' ? nameRef : undefined}
              type={INPUT_TYPES[field] ?? 'text'}
              required={field === 'name'}
              aria-invalid={field === 'name' && nameMissing ? true : undefined}
              aria-describedby={field === 'name' && nameMissing ? `${id}-name-error` : undefined}
              value={values[field]}
              onChange={(event) => setValues((previous) => ({ ...previous, [field]: event.target.value }))}
            />
            {field === 'name' && nameMissing && (
              <p className="field-error" id={`${id}-name-error`} role="alert">
                {t('start.nameRequired')}
              </p>
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('start.fileName')}</label>
          <input id={`${id}-file`} value={fileName} onChange={(event) => setFileName(event.target.value)} />
        </div>
      </div>
      <button type="submit" className="button-primary">
        {t('screens:files.new')}
      </button>
    </form>
  );
}
