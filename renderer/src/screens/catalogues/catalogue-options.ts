/**
 * Catalogue entries as choices in the interface language, with the marks a
 * DPO must not miss: special-category and criminal-offence data, adequacy
 * decisions of countries.
 */
import type { TFunction } from 'i18next';
import { localName, type Catalogues, type CatalogueName, type Country } from '../../../../shared/domain/catalogues.ts';
import type { Language } from '../../../../shared/i18n/index.ts';
import type { PickOption } from '../../components/PickList.tsx';

export function catalogueOptions(catalogues: Catalogues, name: CatalogueName, language: Language, t: TFunction): PickOption[] {
  switch (name) {
    case 'dataCategories':
      return catalogues.dataCategories.map((entry) => ({
        id: entry.id,
        label: localName(entry, language),
        ...(entry.kind === 'special' ? { badge: t('editor:marks.art9'), tone: 'special' as const } : {}),
        ...(entry.kind === 'criminal' ? { badge: t('editor:marks.art10'), tone: 'criminal' as const } : {}),
      }));
    case 'legalBases':
      return catalogues.legalBases.map((entry) => ({ id: entry.id, label: `${entry.gdprPoint}) ${localName(entry, language)}` }));
    case 'art9Conditions':
      return catalogues.art9Conditions.map((entry) => ({ id: entry.id, label: `${entry.point}) ${localName(entry, language)}` }));
    case 'securityMeasures':
      return catalogues.securityMeasures.map((entry) => ({ id: entry.id, label: localName(entry, language), badge: t(`fields:enums.measureType.${entry.type}`) }));
    case 'recipientCategories':
      return catalogues.recipientCategories.map((entry) => ({ id: entry.id, label: localName(entry, language), badge: t(`fields:enums.recipientType.${entry.type}`) }));
    case 'countries':
      return catalogues.countries.map((entry) => ({ id: entry.id, label: countryLabel(entry, language, t) }));
    default:
      return (catalogues[name] as Array<{ id: string; nameLv: string; nameEn: string }>).map((entry) => ({ id: entry.id, label: localName(entry, language) }));
  }
}

/** "Japāna — lēmums par aizsardzības līmeņa pietiekamību". */
export function countryLabel(country: Country, language: Language, t: TFunction): string {
  const name = localName(country, language);
  if (country.eea) return `${name} — ${t('activity:transfers.eea')}`;
  if (country.adequacy === 'adequate') return `${name} — ${t('activity:transfers.adequate')}`;
  if (country.adequacy === 'partial') return `${name} — ${t('activity:transfers.partial')}`;
  return name;
}
