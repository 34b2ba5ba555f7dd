/**
 * The renderer's only door to main: `api.invoke(channel, input)`, typed by
 * the contract. In Electron it is the preload's `window.ropa`; in browser
 * mode it is an HTTP call to the loopback server with the run's token.
 */
import type { Channel, ChannelInput, ChannelOutput, Result, RopaApi } from '../../../shared/contract/index.ts';
import { noteConnection } from './connection-watch.ts';
import { trackCall } from './long-calls.ts';

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
  const post = async (channel: string, input: unknown): Promise<Result<never>> => {
    try {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Ropa-Token': token },
        body: JSON.stringify({ channel, input }),
      });
      const answer = (await response.json()) as Result<never> & { downloads?: Download[] };
      for (const download of answer.downloads ?? []) startDownload(download);
      return answer;
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: String(error) } };
    }
  };
  return {
    async invoke(channel, input) {
      // Browser mode chooses files as a browser app does: when main asks for a file
      // (CHOOSE_FILE), the page shows the workspace's files and an upload, then asks again.
      for (;;) {
        const answer = await post(channel, input);
        if (answer.ok || answer.error.code !== 'CHOOSE_FILE') return answer;
        if (!(await chooseWorkspaceFile(answer.error.fileKind ?? ''))) return { ok: false, error: { code: 'CANCELLED', message: '' } };
      }
    },
  };
}

interface Download {
  fileName: string;
  url: string;
}

/** Saves a file an export wrote in the workspace through the browser (the server names it). */
function startDownload({ fileName, url }: Download): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

type FileChooser = (kind: string) => Promise<boolean>;
let fileChooser: FileChooser | null = null;

/** Browser mode's file choice dialog registers itself here (WorkspaceFileChooser). */
export function setFileChooser(chooser: FileChooser | null): void {
  fileChooser = chooser;
}

function chooseWorkspaceFile(kind: string): Promise<boolean> {
  return fileChooser ? fileChooser(kind) : Promise.resolve(false);
}

export const api: RopaApi = window.ropa ?? httpApi();

/** Calls a channel and returns its value, or throws the contract's error (for React Query-style code). */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await trackCall(channel, () => api.invoke(channel, input));
  noteConnection(result.ok ? null : result.error.code);
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
