/**
 * The IPC side of the contract: one channel, `ropa:invoke`, answered only
 * for the app's own window and its top-level app:// page (policy.ts,
 * isTrustedSender), and relayed to the register engine's worker
 * (main/engine/engine-client.ts). Everything else (validation, errors) is
 * the engine's dispatch's.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Engine } from '../engine/engine-client.ts';
import { isTrustedSender } from './policy.ts';

export const INVOKE_CHANNEL = 'ropa:invoke';

function senderFacts(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return { senderId: event.sender.id, frame: frame ? { url: frame.url, isTopLevel: frame.parent === null } : null };
}

/** `ownContents` is the main window's WebContents (null before it exists). */
export function registerIpc(engine: Pick<Engine, 'invoke'>, ownContents: () => WebContents | null): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(senderFacts(event), ownContents()?.id ?? null)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Request refused.' } };
    }
    return engine.invoke(channel, input);
  });
}
