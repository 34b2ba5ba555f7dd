/**
 * The Content-Type of each kind of file the renderer's build holds. Shared by
 * the Electron shell's app:// protocol (main/electron/window.ts, through
 * policy.ts) and browser mode (main/web/server.ts), so both serve a file the
 * same way; before, each kept its own table.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The Content-Type of a renderer file by its extension; unknown ones are plain bytes. */
export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 ? TYPES[file.slice(dot).toLowerCase()] : undefined) ?? 'application/octet-stream';
}
