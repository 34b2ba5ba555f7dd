/**
 * Browser mode's file choice, as a browser app offers it: when main asks for
 * a file (CHOOSE_FILE, see api/transport.ts), a dialog lists the workspace's
 * files of that kind with their names, dates and sizes, newest first, and
 * offers an upload from the DPO's computer. Choosing or uploading tells main
 * which file (by the list's id, never a path); the call is then made again.
 * In the Electron app main's native dialogs choose, and this never shows.
 */
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFile, WorkspaceFileKind as Kind } from '../../../shared/contract/workspace.ts';
import { formatTimestamp } from '../../../shared/format.ts';
import { call, setFileChooser } from '../api/transport.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { useNotices } from '../state/notices.tsx';
import { sizeParts } from '../screens/files/files-format.ts';

interface Request {
  kind: Kind;
  files: WorkspaceFile[];
  done: (chosen: boolean) => void;
}

/** The file's content as base64 (what the contract carries). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function WorkspaceFileChooser() {
  const { t } = useTranslation('workspace');
  const { language } = useLanguage();
  const { reportError } = useNotices();
  const id = useId();
  const [request, setRequest] = useState<Request | null>(null);

  useEffect(() => {
    setFileChooser(async (kind) => {
      const files = await call('workspace:files', { kind: kind as Kind });
      return new Promise<boolean>((resolve) => setRequest({ kind: kind as Kind, files, done: resolve }));
    });
    return () => setFileChooser(null);
  }, []);

  if (!request) return null;
  const finish = (chosen: boolean) => {
    setRequest(null);
    request.done(chosen);
  };
  const choose = async (file: WorkspaceFile) => {
    try {
      await call('workspace:choose', { kind: request.kind, id: file.id });
      finish(true);
    } catch (error) {
      reportError(error);
    }
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      await call('workspace:upload', { kind: request.kind, fileName: file.name, contentBase64: await readBase64(file) });
      finish(true);
    } catch (error) {
      reportError(error);
    }
  };
  const size = (bytes: number) => {
    const { unit, value } = sizeParts(bytes, language);
    return t(`filesUi:size.${unit}`, { value });
  };

  return (
    <Dialog
      title={t('title', { kind: `.${request.kind}` })}
      onClose={() => finish(false)}
      wide
      actions={
        <button type="button" onClick={() => finish(false)}>
          {t('cancel')}
        </button>
      }
    >
      <p className="muted">{t('lead')}</p>
      {request.files.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="data-table workspace-files" data-testid="workspace-files">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('changed')}</th>
              <th scope="col">{t('size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('choose')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {request.files.map((file) => (
              <tr key={file.id}>
                <td>{file.fileName}</td>
                <td>{formatTimestamp(file.modifiedAt)}</td>
                <td>{size(file.sizeBytes)}</td>
                <td>
                  <button type="button" aria-label={t('chooseNamed', { name: file.fileName })} onClick={() => void choose(file)}>
                    {t('choose')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="field">
        <label htmlFor={`${id}-upload`}>{t('upload')}</label>
        <input id={`${id}-upload`} type="file" accept={`.${request.kind}`} onChange={(event) => void upload(event)} />
      </div>
    </Dialog>
  );
}
