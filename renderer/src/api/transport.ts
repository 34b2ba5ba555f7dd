/**
 * The renderer's only door to main: `api.invoke(channel, input)`, typed by
 * the contract. In Electron it is the preload's `window.ropa`; in browser
 * mode it is an HTTP call to the loopback server with the run's token.
 */
import type { Channel, ChannelInput, ChannelOutput, Result, RopaApi } from '../../../shared/contract/index.ts';

declare global {
  interface Window {
    ropa?: RopaApi;
  }
}

const TOKEN_KEY = 'ropa.token';

function httpApi(): RopaApi {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return {
    async invoke(channel, input) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Ropa-Token': token },
          body: JSON.stringify({ channel, input }),
        });
        return (await response.json()) as Result<never>;
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: String(error) } };
      }
    },
  };
}

export const api: RopaApi = window.ropa ?? httpApi();

/** Calls a channel and returns its value, or throws the contract's error (for React Query-style code). */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await api.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues ?? []);
  return result.value;
}

export class ApiError extends Error {
  readonly code: string;
  readonly issues: Array<{ path: string; message: string }>;
  constructor(code: string, message: string, issues: Array<{ path: string; message: string }>) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}
