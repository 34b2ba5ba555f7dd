/**
 * The DPO's part of a notice: own paragraphs in both languages, the order
 * of sections (move up / down) and two options. Saved with the notice's
 * set-up in the register, so regenerating the notice keeps them.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomParagraph, NoticeSettings } from '../../../../shared/notice/settings.ts';
import { effectiveOrder } from '../../../../shared/notice/settings.ts';
import { headings } from '../../../../shared/notice/phrases.ts';

export interface NoticeSettingsPanelProps {
  settings: NoticeSettings;
  onChange: (settings: NoticeSettings) => void;
  onSave: () => void;
  disabled: boolean;
}

function newParagraphId(existing: readonly CustomParagraph[]): string {
  for (let n = existing.length + 1; ; n += 1) if (!existing.some((p) => p.id === `p${n}`)) return `p${n}`;
}

export function NoticeSettingsPanel({ settings, onChange, onSave, disabled }: NoticeSettingsPanelProps) {
  const { t, i18n } = useTranslation('notice');
  const lang = i18n.language === 'en' ? 'en' : 'lv';
  const id = useId();
  const order = effectiveOrder(settings);
  const label = (slot: string) => {
    if (!slot.startsWith('custom:')) return headings[slot as keyof typeof headings]?.[lang] ?? slot;
    const paragraph = settings.customParagraphs.find((p) => `custom:${p.id}` === slot);
    const heading = lang === 'en' ? paragraph?.headingEn || paragraph?.headingLv : paragraph?.headingLv || paragraph?.headingEn;
    return heading || t('ui.ownParagraph');
  };
  const move = (index: number, by: number) => {
    const next = [...order];
    const [slot] = next.splice(index, 1);
    next.splice(index + by, 0, slot as string);
    onChange({ ...settings, sectionOrder: next });
  };
  const updateParagraph = (paragraphId: string, patch: Partial<CustomParagraph>) =>
    onChange({ ...settings, customParagraphs: settings.customParagraphs.map((p) => (p.id === paragraphId ? { ...p, ...patch } : p)) });
  const addParagraph = () => {
    const paragraph = { id: newParagraphId(settings.customParagraphs), headingLv: '', headingEn: '', textLv: '', textEn: '' };
    onChange({ ...settings, customParagraphs: [...settings.customParagraphs, paragraph], sectionOrder: [`custom:${paragraph.id}`, ...order] });
  };
  const removeParagraph = (paragraphId: string) =>
    onChange({ ...settings, customParagraphs: settings.customParagraphs.filter((p) => p.id !== paragraphId), sectionOrder: order.filter((slot) => slot !== `custom:${paragraphId}`) });

  return (
    <section className="panel" aria-labelledby={`${id}-own`}>
      <h2 id={`${id}-own`}>{t('ui.own')}</h2>
      <p>{t('ui.ownLead')}</p>
      <ol className="notice-order" data-testid="notice-order">
        {order.map((slot, index) => (
          <li key={slot}>
            <span>{label(slot)}</span>{' '}
            <button type="button" className="button-small" disabled={disabled || index === 0} aria-label={t('ui.up', { section: label(slot) })} onClick={() => move(index, -1)}>
              ↑
            </button>{' '}
            <button type="button" className="button-small" disabled={disabled || index === order.length - 1} aria-label={t('ui.down', { section: label(slot) })} onClick={() => move(index, 1)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      {settings.customParagraphs.map((paragraph, index) => (
        <fieldset key={paragraph.id} className="notice-paragraph" data-testid="notice-paragraph">
          <legend>
            {t('ui.ownParagraph')} {index + 1}
          </legend>
          {(['headingLv', 'headingEn'] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${paragraph.id}-${field}`}>{t(`ui.${field}`)}</label>
              <input id={`${id}-${paragraph.id}-${field}`} value={paragraph[field]} disabled={disabled} maxLength={500} onChange={(event) => updateParagraph(paragraph.id, { [field]: event.target.value })} />
            </div>
          ))}
          {(['textLv', 'textEn'] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${paragraph.id}-${field}`}>{t(`ui.${field}`)}</label>
              <textarea id={`${id}-${paragraph.id}-${field}`} rows={4} value={paragraph[field]} disabled={disabled} onChange={(event) => updateParagraph(paragraph.id, { [field]: event.target.value })} />
            </div>
          ))}
          <button type="button" className="button-small" disabled={disabled} onClick={() => removeParagraph(paragraph.id)}>
            {t('ui.remove')}
          </button>
        </fieldset>
      ))}
      <div className="field-checkbox">
        <input id={`${id}-processors`} type="checkbox" checked={settings.nameProcessors} disabled={disabled} onChange={(event) => onChange({ ...settings, nameProcessors: event.target.checked })} />
        <label htmlFor={`${id}-processors`}>{t('ui.nameProcessors')}</label>
      </div>
      <div className="field-checkbox">
        <input id={`${id}-articles`} type="checkbox" checked={settings.showArticles} disabled={disabled} onChange={(event) => onChange({ ...settings, showArticles: event.target.checked })} />
        <label htmlFor={`${id}-articles`}>{t('ui.showArticles')}</label>
      </div>
      <div className="button-row">
        <button type="button" disabled={disabled} onClick={addParagraph}>
          {t('ui.addParagraph')}
        </button>
        <button type="button" className="button-primary" disabled={disabled} onClick={onSave}>
          {t('ui.saveSettings')}
        </button>
      </div>
    </section>
  );
}
