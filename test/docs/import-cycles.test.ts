/**
 * No import cycles in shared/, main/ or renderer/src (scripts/import-cycles.ts):
 * a cycle ties files into one unit that cannot be read, tested or moved apart,
 * and with lazy screens it makes chunk loading order-dependent.
 */
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf, projectGraph } from '../../scripts/import-cycles.ts';

describe('import cycles', () => {
  it('finds a cycle when there is one, however it imports (static, dynamic, type-only, re-export)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
    const file = new URL('../../renderer/src/app/Screen.tsx', import.meta.url).pathname;
    const text = [
      "import type { Route } from '../state/routes.ts';",
      "export { ActivityEditor } from '../screens/activities/lazy-editor.ts';",
      "const Overview = lazyNamed(() => import('../screens/overview/Overview.tsx'), 'Overview');",
      "// import { x } from './commented-out.ts';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf(file, text)).toEqual(['renderer/src/state/routes.ts', 'renderer/src/screens/activities/lazy-editor.ts', 'renderer/src/screens/overview/Overview.tsx']);
  });

  it('there are none in the project', () => {
    const graph = projectGraph();
    expect(graph.size).toBeGreaterThan(200);
    expect(findCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
