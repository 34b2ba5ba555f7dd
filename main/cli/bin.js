#!/usr/bin/env node
// The `ropa` command. Node 22 runs the TypeScript sources directly (type
// stripping), so the CLI is the same code the app runs, with no build step.
import { runCli } from './index.ts';

// A reader that stops early (`ropa list --db r.ropa | head`) is not a failure:
// stop writing and leave quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const envLang = process.env.ROPA_LANG === 'en' ? 'en' : 'lv';
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  lang: envLang,
  cwd: process.cwd(),
});
process.exitCode = code;
