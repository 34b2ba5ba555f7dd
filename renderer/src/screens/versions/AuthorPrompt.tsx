/**
 * Who makes the changes: asked once, on the first start, and kept in this
 * computer's browser storage (like the language); told to main at every
 * start, which records it in each history entry (app:setAuthor).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';

const STORAGE_KEY = 'ropa.author';

export function AuthorPrompt() {
  const { t } = useTranslation('versions');
  const { reportError } = useNotices();
  const id = useId();
  const [stored, setStored] = useState<string | null>(() => localStorage.getItem(STORAGE_KEY));
  const [name, setName] = useState('');
  useEffect(() => {
    if (stored) call('app:setAuthor', { author: stored }).catch(reportError);
  }, [stored, reportError]);
  if (stored) return null;
  return (
    <form
      className="notice author-prompt"
      data-testid="author-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        localStorage.setItem(STORAGE_KEY, name.trim());
        setStored(name.trim());
      }}
    >
      <label htmlFor={id}>{t('ui.authorPrompt')}</label>
      <input id={id} value={name} autoComplete="name" onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button-small">
        {t('ui.authorSave')}
      </button>
    </form>
  );
}
