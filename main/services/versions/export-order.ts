/**
 * Records rebuilt from the history come back with their keys sorted (the
 * history stores canonical JSON); the export writes them in the order of the
 * domain's schemas. The content fingerprint is the SHA-256 of the export's
 * text (register-version.ts), and the Excel file embeds that text, so a
 * rebuilt register is put back into the export's key order: the register as
 * of a moment then exports, and fingerprints, exactly as the register did
 * at that moment.
 *
 * The order is read once from the zod schemas (RegisterDocument) into a
 * plain tree and applied by copying: parsing 10,000 activities with zod
 * again would cost far more than the copy.
 */
import type { z } from 'zod';
import { RegisterDocument } from '../../../shared/domain/register.ts';

/** Keys in order with the order of their values; `element` for arrays. */
interface Order {
  keys?: Array<[string, Order | null]>;
  element?: Order | null;
}

interface ZodInternals {
  _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType } };
}

function orderOf(schema: z.ZodType | undefined): Order | null {
  if (!schema) return null;
  const def = (schema as unknown as ZodInternals)._zod.def;
  switch (def.type) {
    case 'object':
      return { keys: Object.entries(def.shape ?? {}).map(([key, value]) => [key, orderOf(value)]) };
    case 'array':
      return { element: orderOf(def.element) };
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return orderOf(def.innerType);
    case 'pipe':
      return orderOf(def.in);
    default:
      return null;
  }
}

function reorder(value: unknown, order: Order | null): unknown {
  if (order === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return order.element === undefined ? value : value.map((item) => reorder(item, order.element ?? null));
  if (!order.keys) return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, child] of order.keys) if (key in source) result[key] = reorder(source[key], child);
  // Keys the schema does not know (none today) keep their place after the known ones.
  for (const key of Object.keys(source)) if (!(key in result)) result[key] = source[key];
  return result;
}

let documentOrder: Order | null | undefined;

/** The document with every object's keys in the export's order. */
export function inExportOrder(document: RegisterDocument): RegisterDocument {
  documentOrder ??= orderOf(RegisterDocument);
  return reorder(document, documentOrder) as RegisterDocument;
}
