/**
 * zod compiles validators with `new Function` when it may. The renderer's
 * Content-Security-Policy forbids eval, so zod would probe, be refused (a
 * reported CSP violation on every start) and fall back anyway: tell it up
 * front. Imported first by main.tsx, since zod decides as each schema is
 * built, and the shared schemas are built as their modules load.
 */
import { z } from 'zod';

z.config({ jitless: true });
