/**
 * The library screen's narrowing of the template list: a search across a
 * template's name, description and id (case and Latvian diacritics do not
 * matter: "gramatvediba" finds "Grāmatvedība"), and one area (group).
 * Pure, so that it is tested without a browser.
 */
import { matchesTerms, normaliseForSearch, queryTerms } from '../../../../shared/search-text.ts';
import type { TemplateGroup, TemplateSummary } from '../../../../shared/templates/schema.ts';

export interface LibraryFilter {
  query: string;
  /** '' for every area. */
  group: TemplateGroup | '';
}

export const NO_LIBRARY_FILTER: LibraryFilter = { query: '', group: '' };

/** The templates that match, in the order given (library first, then own). */
export function filterTemplates(templates: readonly TemplateSummary[], filter: LibraryFilter, groupName: (group: TemplateGroup) => string): TemplateSummary[] {
  const terms = queryTerms(filter.query);
  return templates.filter((template) => {
    if (filter.group && template.group !== filter.group) return false;
    if (terms.length === 0) return true;
    return matchesTerms(normaliseForSearch(`${template.name} ${template.description} ${template.id} ${groupName(template.group)}`), terms);
  });
}

/** The chosen ids in the list's order (the order the drafts are numbered in). */
export function chosenInOrder(templates: readonly TemplateSummary[], chosen: ReadonlySet<string>): string[] {
  return templates.filter((template) => chosen.has(template.id)).map((template) => template.id);
}
