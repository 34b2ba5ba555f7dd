/**
 * Mutations of a JSON-like document (an exchange file, a contract input, the
 * rows of a spreadsheet read as objects): each case applies one to three
 * edits at random places: delete a key, change a value's type, put junk or
 * hostile text in, swap two ids, duplicate or truncate a list, add an
 * unknown or prototype-polluting key. Generic on purpose: any importer that
 * reads a document can be fuzzed with `mutatedDocument(sample)`.
 */
import fc from 'fast-check';
import { HOSTILE_TEXTS, junkValue, longText } from './hostile.ts';

type Path = Array<string | number>;

/**
 * A container the mutations may reach into: an array or a plain object (or
 * one without a prototype). Junk values also hold boxed strings, typed
 * arrays, dates, maps and sets, whose indexed parts cannot be assigned or
 * deleted; they are leaves here, replaced or moved whole.
 */
function isContainer(node: unknown): node is object {
  if (Array.isArray(node)) return true;
  if (node === null || typeof node !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(node);
  return prototype === Object.prototype || prototype === null;
}

/** Every path in the document (objects and arrays) down to `maxDepth`, the root included, at most `limit`. */
export function pathsOf(value: unknown, limit = 20_000, maxDepth = 12): Path[] {
  const paths: Path[] = [[]];
  const walk = (node: unknown, path: Path) => {
    if (paths.length >= limit || path.length >= maxDepth || !isContainer(node)) return;
    const entries: Array<[string | number, unknown]> = Array.isArray(node)
      ? Array.from(node, (item: unknown, index) => [index, item] as [number, unknown])
      : Object.entries(node);
    for (const [key, child] of entries) {
      if (paths.length >= limit) return;
      paths.push([...path, key]);
      walk(child, [...path, key]);
    }
  };
  walk(value, []);
  return paths;
}

function parentOf(root: unknown, path: Path): { parent: Record<string | number, unknown>; key: string | number } | null {
  if (path.length === 0) return null;
  let node: unknown = root;
  for (const part of path.slice(0, -1)) {
    if (!isContainer(node)) return null;
    node = (node as Record<string | number, unknown>)[part];
  }
  return isContainer(node) ? { parent: node as Record<string | number, unknown>, key: path[path.length - 1]! } : null;
}

const KINDS = ['delete', 'junk', 'retype', 'hostile', 'swapIds', 'duplicate', 'truncate', 'unknownKey', 'pollute', 'long'] as const;
export type MutationKind = (typeof KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  at: number;
  other: number;
  payload: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  other: fc.nat(),
  payload: junkValue,
});

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 0 ? Number.NaN : 0;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 1;
  if (Array.isArray(value)) {
    // By index, not through `map` or the iterator: a junk array may carry its own (a seed gave one whose
    // `map` answered non-entries).
    const entries: Record<string, unknown> = {};
    for (let index = 0; index < value.length; index += 1) entries[String(index)] = value[index];
    return entries;
  }
  if (value === null) return {};
  return [value];
}

/** Applies one mutation in place; returns a short description of what it did. */
export function applyMutation(document: unknown, change: Mutation): string {
  const paths = pathsOf(document);
  const path = paths[change.at % paths.length]!;
  const where = path.join('.') || '(root)';
  const slot = parentOf(document, path);
  if (!slot) return `${change.kind} at ${where}: skipped`;
  const { parent, key } = slot;
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'junk':
      parent[key] = change.payload;
      break;
    case 'retype':
      parent[key] = retype(parent[key]);
      break;
    case 'hostile':
      parent[key] = HOSTILE_TEXTS[change.other % HOSTILE_TEXTS.length];
      break;
    case 'long':
      parent[key] = longText([501, 20_001, 100_000][change.other % 3]!);
      break;
    case 'swapIds': {
      const ids = paths.filter((p) => /(^|\.)(id|\w+Id)$/.test(p.join('.')) && p.length > 0);
      const other = ids[change.other % Math.max(1, ids.length)];
      const otherSlot = other ? parentOf(document, other) : null;
      if (otherSlot) [parent[key], otherSlot.parent[otherSlot.key]] = [otherSlot.parent[otherSlot.key], parent[key]];
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent[key]) && parent[key].length > 0) {
        const list = parent[key] as unknown[];
        list.push(structuredClone(list[change.other % list.length]));
      }
      else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
      break;
    case 'truncate':
      if (Array.isArray(parent[key])) parent[key].length = change.other % (parent[key].length + 1);
      else if (typeof parent[key] === 'string') parent[key] = parent[key].slice(0, change.other % (parent[key].length + 1));
      break;
    case 'unknownKey':
      if (parent[key] !== null && typeof parent[key] === 'object' && !Array.isArray(parent[key])) (parent[key] as Record<string, unknown>)[`extra${change.other}`] = change.payload;
      break;
    case 'pollute':
      if (parent[key] !== null && typeof parent[key] === 'object') Object.defineProperty(parent[key], '__proto__', { value: { polluted: 'yes', id: 'x' }, enumerable: true, configurable: true, writable: true });
      break;
  }
  return `${change.kind} at ${where}`;
}

/** A structured copy of `sample` with one to three mutations applied, and what they were. */
export function mutatedDocument(sample: unknown): fc.Arbitrary<{ value: unknown; changes: string[] }> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => {
    const value = { root: structuredClone(sample) };
    const described = changes.map((change) => applyMutation(value, { ...change, at: change.at }));
    return { value: value.root, changes: described };
  });
}

/** Text-level damage for files: cut short, a byte flipped, junk inserted. */
export const textDamage: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat().map((at) => (text: string) => text.slice(0, at % Math.max(1, text.length))),
  fc.tuple(fc.nat(), fc.constantFrom('{', '}', '"', ',', '\u0000', ']', '\\', 'ā')).map(([at, char]) => (text: string) => {
    const index = at % Math.max(1, text.length);
    return `${text.slice(0, index)}${char}${text.slice(index + 1)}`;
  }),
  fc.tuple(fc.nat(), fc.string()).map(([at, junk]) => (text: string) => {
    const index = at % Math.max(1, text.length);
    return `${text.slice(0, index)}${junk}${text.slice(index)}`;
  }),
);
