#!/usr/bin/env node
// The `ropa` command. Node 22 runs the TypeScript sources directly (type
// stripping), so the CLI is the same code the app runs, with no build step.
import { userInfo } from 'node:os';
import { runCli } from './index.ts';

// A reader that stops early (`ropa list --db r.ropa | head`) is not a failure:
// stop writing and leave quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const envLang = process.env.ROPA_LANG === 'en' ? 'en' : 'lv';

/** Who the changes are recorded as made by: ROPA_AUTHOR, else the OS user (`--author` overrides both). */
function defaultAuthor() {
  if (process.env.ROPA_AUTHOR?.trim()) return process.env.ROPA_AUTHOR.trim();
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  lang: envLang,
  cwd: process.cwd(),
  author: defaultAuthor(),
});
process.exitCode = code;
