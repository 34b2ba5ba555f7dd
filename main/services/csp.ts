/**
 * The Content-Security-Policy of every page the app shows: only the app's own
 * scripts and styles, no remote anything, no eval, no plugins, no framing.
 * Shared by the Electron shell (main/electron/window.ts) and browser mode (main/web/server.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
