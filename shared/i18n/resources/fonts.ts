import { defineNamespace } from '../define.ts';

/** What an export says of characters its fonts cannot draw (main/pdf/script-fallback.ts). */
export const fonts = defineNamespace(
  {
    missingGlyphs:
      'Brīdinājums: {{count}} rakstzīmes ({{characters}}) pārskata fontos nav; pārskatā tās attēlotas ar zīmi “�”. Pārējais teksts ir pilnīgs.',
  },
  {
    missingGlyphs:
      'Warning: {{count}} characters ({{characters}}) have no glyph in the report’s fonts; the report shows them as “�”. The rest of the text is complete.',
  },
);
