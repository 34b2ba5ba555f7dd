// Finds import cycles in shared/, main/ and renderer/src: every relative
// import, static or dynamic, type-only or not (a type-only cycle still ties
// two files into one unit that cannot be read or moved apart). Prints each
// cycle and exits 1 when there is any; test/docs/import-cycles.test.ts runs
// it. A small script over the import graph rather than eslint-plugin-import's
// no-cycle or madge: no new dependency, and it reads `.ts` extensions in
// imports (which this project uses everywhere) without a resolver plugin.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['shared', 'main', 'renderer/src'];
const SOURCE = /\.(ts|tsx)$/;
/** `import ... from '…'`, `export ... from '…'`, `import '…'`, `import('…')`. */
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    if (name === 'node_modules') continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The relative imports of one file, as paths from the project root. */
export function importsOf(file: string, text: string): string[] {
  const targets: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier?.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    if (existsSync(target) && statSync(target).isFile()) targets.push(relative(root, target));
  }
  return targets;
}

/** Every cycle in the graph, each once, as the list of files around it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(' -> '), canonical);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}

export function projectGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of FOLDERS) {
    for (const file of sourceFiles(join(root, folder))) graph.set(relative(root, file), importsOf(file, readFileSync(file, 'utf8')));
  }
  return graph;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = projectGraph();
  const cycles = findCycles(graph);
  for (const cycle of cycles) console.log(`cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  console.log(`${graph.size} files, ${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
