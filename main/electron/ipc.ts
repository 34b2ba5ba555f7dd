/**
 * The IPC side of the contract: one channel, `ropa:invoke`, accepted only
 * from the app's own page. Everything else (validation, errors) is dispatch's.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../handlers/index.ts';
import type { AppContext } from '../services/app-context.ts';
import { APP_ORIGIN } from './window.ts';

export const INVOKE_CHANNEL = 'ropa:invoke';

/** True only for our own top-level page served from app://ropa. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(app: AppContext): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Request refused.' } };
    }
    return dispatch(app, channel, input, {
      onUnexpected: (name, error) => console.error(`[ropa] ${name}:`, error),
    });
  });
}
