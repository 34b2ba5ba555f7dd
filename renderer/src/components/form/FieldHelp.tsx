/**
 * A field's help (shared/help): what to write, the GDPR article in the
 * regulation's words and an example. The editors say which record type
 * their fields belong to (HelpScopeContext); every control inside then finds
 * its help by its form name. The help is behind a "?" button next to the
 * label (46 explanations open at once would bury the form), and is always
 * the control's accessible description (aria-describedby), open or not, so
 * a screen reader announces it on focus.
 */
import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldHelp, helpKey, type HelpScope, type HelpText } from '../../../../shared/help/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { FieldIdPrefix } from './field-id-prefix.ts';
import { fieldId } from './form-errors.ts';

/** The record type of the form's fields; null outside the editors that have help. */
export const HelpScopeContext = createContext<HelpScope | null>(null);

/** The help of the field `name` in the interface language, if its form has help. */
export function useFieldHelp(name: string): HelpText | undefined {
  const scope = useContext(HelpScopeContext);
  const { language } = useLanguage();
  return scope ? fieldHelp(scope, name, language) : undefined;
}

/** The "?" button that opens the help, and the help itself (`helpId` is what aria-describedby names). */
export function FieldHelpPanel({ help, helpId, label }: { help: HelpText | undefined; helpId: string; label: string }) {
  const { t } = useTranslation('fieldHelp');
  const [open, setOpen] = useState(false);
  if (!help) return null;
  return (
    <>
      <button
        type="button"
        className="field-help-toggle"
        aria-expanded={open}
        aria-controls={helpId}
        title={t('show', { label })}
        onClick={() => setOpen(!open)}
      >
        {/* Named by its content, not aria-label: the field's own label stays the only one that names the field. */}
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('show', { label })}</span>
      </button>
      <div id={helpId} className="field-help" hidden={!open}>
        <p className="field-help-text">{help.text}</p>
        <p className="field-help-article">{help.article}</p>
        <p className="field-help-example">
          {t('example')}: {help.example}
        </p>
      </div>
    </>
  );
}

/** The id of the help a table column shows for every row's control of `name` (`notes` of `recipients.3.notes`). */
export function useColumnHelpId(name: string): string {
  return `${fieldId(helpKey(name), useContext(FieldIdPrefix))}-help`;
}

/** A table column's help, once, in its header; the rows' controls name it with `columnHelpId`. */
export function ColumnHelp({ name, label }: { name: string; label: string }) {
  const help = useFieldHelp(name);
  return <FieldHelpPanel help={help} helpId={useColumnHelpId(name)} label={label} />;
}
