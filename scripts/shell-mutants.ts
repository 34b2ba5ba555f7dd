// Removes each piece of the Electron shell's hardening in turn and checks that
// test/electron/shell.test.ts then fails ("kills the mutant"). Run by hand:
//   node scripts/shell-mutants.ts
// About a minute on two cores. Every file is restored after its mutant, also on failure.
// Prints one line per mutant and exits 1 when any survived. See docs/electron-shell.md.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** [file, what is there, what replaces it, what the mutant removes]. */
const MUTANTS: [string, string, string, string][] = [
  ['main/electron/window.ts', '      sandbox: true,\n', '      sandbox: false,\n', 'sandboxed main window'],
  ['main/electron/window.ts', '      contextIsolation: true,\n', '', 'context isolation'],
  ['main/electron/window.ts', '      nodeIntegration: false,\n', '      nodeIntegration: true,\n', 'no Node in the page'],
  ['main/electron/window.ts', '      webviewTag: false,\n', '', 'no <webview> tag'],
  ['main/electron/window.ts', '  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));\n', '', 'permissions denied'],
  ['main/electron/window.ts', '  ses.setPermissionCheckHandler(() => false);\n', '', 'permission checks denied'],
  ['main/electron/window.ts', '  ses.webRequest.onBeforeRequest', '  void ses.webRequest; (() => {})', 'remote requests cancelled'],
  ['main/electron/window.ts', '    event.preventDefault();\n    void confirmExternal', '    void confirmExternal', 'navigation away blocked'],
  ['main/electron/window.ts', "    if (!isAppUrl(url)) event.preventDefault();\n", '', 'redirects away blocked'],
  ['main/electron/window.ts', "    return { action: 'deny' };", "    return { action: 'allow' };", 'new windows denied'],
  ['main/electron/window.ts', "  contents.on('will-attach-webview', (event) => event.preventDefault());\n", '', '<webview> attach refused'],
  ['main/electron/window.ts', "        'Content-Security-Policy': CONTENT_SECURITY_POLICY,\n", '', 'CSP header on app://'],
  ['main/electron/window.ts', '    const file = rendererFile(rendererDir, request.url);', '    const file = rendererDir + new URL(request.url).pathname;', 'app:// confined to the renderer folder'],
  ['main/electron/window.ts', '  if (response === 0) await shell.openExternal(target);', '  await shell.openExternal(target);', 'the user confirms external links'],
  ['main/electron/ipc.ts', '    if (!isTrustedSender(', '    if (false && !isTrustedSender(', 'IPC only from the app frame'],
  ['main/electron/main.ts', '    Menu.setApplicationMenu(null);\n', '', 'no application menu'],
  ['main/electron/main.ts', 'registerAppScheme();\n', '', 'app:// privileged scheme'],
  ['main/electron/main.ts', "  app.on('web-contents-created', (_event, contents) => guardContents(contents, () => translator(context.language)));\n", '', 'every WebContents guarded'],
  ['main/electron/print.ts', '      sandbox: true,\n', '', 'sandboxed print window'],
  ['main/electron/print.ts', '  printing.webRequest.onBeforeRequest', '  void printing.webRequest; (() => {})', 'print session requests filtered'],
  ['main/electron/print.ts', '  printing.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));\n', '', 'print session permissions denied'],
  ['main/electron/print.ts', "  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));\n", '', 'print window opens no windows'],
  ['main/electron/print.ts', '    window.destroy();', '    void window;', 'print window destroyed'],
  ['main/electron/dialogs.ts', 'const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);', 'const result = await dialog.showSaveDialog(options);', 'save dialog owned by the window'],
  ['main/preload/preload.ts', '    if (!allowed.has(channel)) {', '    if (false) {', 'preload sends only contract channels'],
];

let survived = 0;
for (const [file, before, after, hardening] of MUTANTS) {
  const path = `${root}${file}`;
  const source = readFileSync(path, 'utf8');
  if (!source.includes(before)) {
    console.log(`MISSING  ${hardening} (${file}): the code changed, update this list`);
    survived += 1;
    continue;
  }
  writeFileSync(path, source.replace(before, after));
  try {
    const run = spawnSync('vitest', ['run', 'test/electron/shell.test.ts'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const killed = run.status !== 0;
    if (!killed) survived += 1;
    console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${hardening} (${file})`);
  } finally {
    writeFileSync(path, source);
  }
}
console.log(`${MUTANTS.length - survived} killed, ${survived} survived`);
process.exitCode = survived === 0 ? 0 : 1;
