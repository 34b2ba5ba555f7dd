/**
 * The preload: exposes exactly one function to the page, `ropa.invoke`, for
 * the channels of the contract and nothing else. Runs sandboxed; bundled to
 * CommonJS by scripts/build.js, which also fills in the channel list.
 */
import { contextBridge, ipcRenderer } from 'electron';

/** The contract's channel names, put here by scripts/build.js from shared/contract. */
declare const __ROPA_CHANNELS__: readonly string[];

const allowed = new Set<string>(__ROPA_CHANNELS__);

contextBridge.exposeInMainWorld('ropa', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } });
    }
    return ipcRenderer.invoke('ropa:invoke', channel, input);
  },
});
