/**
 * The README and docs/ link to each other, to screenshots and to files: every
 * relative link and image must resolve, and every #anchor must name a
 * heading of the page it points to (GitHub's slugs), so moving text between
 * the README and docs/ cannot leave a dead link or a missing picture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(page: string): Set<string> {
  const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#+ (.*)$/gm)].map((match) => slug(match[1]!)));
}

function linksOf(page: string): string[] {
  const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
}

describe('links in the README and docs/', () => {
  it('finds the pages and their links', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/user-guide.md', 'docs/architecture.md', 'docs/benchmarks.md', 'docs/safety.md']));
    expect(linksOf('README.md').filter((link) => link.endsWith('.png')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)('%s: every relative link, image and anchor resolves', (page) => {
    const dead: string[] = [];
    for (const link of linksOf(page)) {
      const [path = '', anchor] = link.split('#', 2);
      const target = path === '' ? page : relative(root, join(root, dirname(page), decodeURI(path)));
      if (!existsSync(join(root, target))) dead.push(`${link} (no file ${target})`);
      else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor)) dead.push(`${link} (no heading #${anchor} in ${target})`);
    }
    expect(dead).toEqual([]);
  });

  it('keeps the README the user’s door: under 250 lines', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThan(250);
  });
});
