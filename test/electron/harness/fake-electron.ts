/**
 * A stand-in for the `electron` module, so that main/electron/* and
 * main/preload/* load and run under plain Node (test/electron/shell.test.ts).
 *
 * It records what the shell asks of Electron (schemes, protocol handlers,
 * windows and their webPreferences, session handlers, IPC handlers, menus,
 * dialogs, external links, printing) and lets the test drive it: make the
 * app ready, send an IPC call from a chosen frame, fire a WebContents event,
 * answer a dialog.
 *
 * It is NOT Electron: it knows only the calls the shell makes, and checks
 * what the shell asks for, not what Chromium would do with it. It cannot
 * find a hardening option that Electron ignores or renamed; running the
 * real app (`npm start`) on a machine that can download Electron remains
 * the only test of that. See docs/electron-shell.md.
 */

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  /** Fires `name` as Electron would; answers the listeners' results. */
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) => listener(...args));
  }
  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** An event a listener may cancel, as Electron hands to will-navigate and its kin. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: BeforeRequest | null = null;
  readonly partition: string;
  constructor(partition: string) {
    this.partition = partition;
  }
  setPermissionRequestHandler(handler: PermissionRequest): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermission = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (handler: BeforeRequest) => {
      this.beforeRequest = handler;
    },
  };
  /** What the permission handler answers for `permission`; undefined when none is set (Electron would grant). */
  askPermission(permission: string): boolean | undefined {
    let answer: boolean | undefined;
    this.permissionRequest?.(null, permission, (granted) => (answer = granted));
    return answer;
  }
  /** Whether a request for `url` is let through; true when no filter is set (Electron would load it). */
  allows(url: string): boolean {
    let cancel = false;
    this.beforeRequest?.({ url }, (response) => (cancel = response.cancel === true));
    return !cancel;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  reloads = 0;
  printed: unknown[] = [];
  readonly owner: FakeBrowserWindow | null;
  constructor(owner: FakeBrowserWindow | null) {
    super();
    this.owner = owner;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads += 1;
  }
  print(options: unknown, callback: (success: boolean, reason: string) => void): void {
    this.printed.push(options);
    const [success, reason] = fake.printAnswer;
    callback(success, reason);
  }
  /** Fires a cancellable event (will-navigate, will-redirect, will-attach-webview); true when the shell cancelled it. */
  cancelled(name: string, url = ''): boolean {
    const event = new FakeEvent();
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents: FakeWebContents;
  readonly loaded: string[] = [];
  destroyed = false;
  shown = false;
  readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  constructor(options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents(this);
    fake.windows.push(this);
    // As in Electron: every new WebContents is announced to the app.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  show(): void {
    this.shown = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return contents.owner;
  }
}

class FakeApp extends Emitter {
  private markReady: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  quits = 0;
  singleInstance = true;
  paths: Record<string, string> = {};
  appPath = '';
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** The test says when Electron is ready. */
  becomeReady(): void {
    this.markReady();
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  quit(): void {
    this.quits += 1;
  }
  getVersion(): string {
    // Electron answers its own version when run unpackaged without a package.json it can read: never the app's.
    return fake.electronVersion;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`fake electron: no path for ${name}`);
    return path;
  }
  getAppPath(): string {
    return this.appPath;
  }
}

type MessageBoxAnswer = { response: number };
type OpenAnswer = { canceled: boolean; filePaths: string[] };
type SaveAnswer = { canceled: boolean; filePath?: string };

/** Everything the shell asked for, and the answers the test wants Electron to give. */
export const fake = {
  electronVersion: '45.4.1',
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  windows: [] as FakeBrowserWindow[],
  sessions: new Map<string, FakeSession>(),
  applicationMenus: [] as unknown[],
  messageBoxes: [] as { owner: unknown; options: { message?: string; buttons?: string[] } }[],
  openDialogs: [] as { owner: unknown; options: Record<string, unknown> }[],
  saveDialogs: [] as { owner: unknown; options: Record<string, unknown> }[],
  openedExternally: [] as string[],
  openedPaths: [] as string[],
  exposed: new Map<string, unknown>(),
  rendererInvokes: [] as unknown[][],
  utilityForks: [] as { modulePath: string; options: Record<string, unknown> }[],
  /** The next answers of the dialogs and the printer. */
  messageBoxAnswer: { response: 1 } as MessageBoxAnswer,
  openAnswer: { canceled: true, filePaths: [] } as OpenAnswer,
  saveAnswer: { canceled: true } as SaveAnswer,
  printAnswer: [true, ''] as [boolean, string],
  openPathAnswer: '',
  /** safeStorage: whether the system offers encryption, and every string it was asked to encrypt or decrypt. */
  encryptionAvailable: true,
  encrypted: [] as string[],
  decrypted: [] as string[],
};

/** A stand-in for the system's encryption: reversible, and never the plain text's bytes (each byte flipped, a marker in front). */
const SEALED = Buffer.from('sealed:');
export const safeStorage = {
  isEncryptionAvailable: () => fake.encryptionAvailable,
  encryptString(text: string): Buffer {
    fake.encrypted.push(text);
    return Buffer.concat([SEALED, Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0xff))]);
  },
  decryptString(bytes: Buffer): string {
    if (!bytes.subarray(0, SEALED.length).equals(SEALED)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const text = Buffer.from(bytes.subarray(SEALED.length).map((byte) => byte ^ 0xff)).toString('utf8');
    fake.decrypted.push(text);
    return text;
  },
};

export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    fake.protocolHandlers.set(scheme, handler);
  },
};

function sessionNamed(partition: string): FakeSession {
  const existing = fake.sessions.get(partition);
  if (existing) return existing;
  const created = new FakeSession(partition);
  fake.sessions.set(partition, created);
  return created;
}

export const session = {
  get defaultSession(): FakeSession {
    return sessionNamed('(default)');
  },
  fromPartition(partition: string): FakeSession {
    return sessionNamed(partition);
  },
};

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>): void {
    if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  setApplicationMenu(menu: unknown): void {
    fake.applicationMenus.push(menu);
  },
};

/** Electron's dialog functions take the owner window first, or only the options. */
function ownerAndOptions<T>(args: unknown[]): { owner: unknown; options: T } {
  return args.length > 1 ? { owner: args[0], options: args[1] as T } : { owner: null, options: args[0] as T };
}

export const dialog = {
  async showMessageBox(...args: unknown[]): Promise<MessageBoxAnswer> {
    fake.messageBoxes.push(ownerAndOptions(args));
    return fake.messageBoxAnswer;
  },
  async showOpenDialog(...args: unknown[]): Promise<OpenAnswer> {
    fake.openDialogs.push(ownerAndOptions(args));
    return fake.openAnswer;
  },
  async showSaveDialog(...args: unknown[]): Promise<SaveAnswer> {
    fake.saveDialogs.push(ownerAndOptions(args));
    return fake.saveAnswer;
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
  },
  async openPath(path: string): Promise<string> {
    fake.openedPaths.push(path);
    return fake.openPathAnswer;
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  async invoke(...args: unknown[]): Promise<unknown> {
    fake.rendererInvokes.push(args);
    return { ok: true, value: 'sent' };
  },
};

/**
 * The source of the runner the shell bundles as probe-runner.mjs
 * (scripts/build.js); Node runs it as it is.
 */
const PROBE_RUNNER_SOURCE = fileURLToPath(new URL('../../../main/services/probe-runner.ts', import.meta.url));

/** Gives the child the utility process's `process.parentPort` (messages arrive as `{ data }`), carried over Node's IPC. */
const PARENT_PORT = `data:text/javascript,${encodeURIComponent(`
const listeners = [];
process.on('message', (data) => listeners.forEach((listener) => listener({ data })));
process.on('disconnect', () => process.exit(0));
process.parentPort = { on: (event, listener) => { if (event === 'message') listeners.push(listener); }, postMessage: (message) => process.send(message) };
`)}`;

/**
 * Electron's utility process, as a Node child: the module the shell asks for
 * (the bundled probe runner, run from its source here) with a
 * `process.parentPort` shaped like Electron's. Recorded in `fake.utilityForks`.
 */
export const utilityProcess = {
  fork(modulePath: string, args: string[] = [], options: Record<string, unknown> = {}) {
    fake.utilityForks.push({ modulePath, options });
    const source = modulePath.endsWith('probe-runner.mjs') ? PROBE_RUNNER_SOURCE : modulePath;
    const child = fork(source, args, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced', execArgv: ['--import', PARENT_PORT] });
    child.unref();
    child.channel?.unref();
    const utility = {
      get pid(): number | undefined {
        return child.pid;
      },
      on(event: string, listener: Listener) {
        child.on(event, listener);
        return utility;
      },
      once(event: string, listener: Listener) {
        child.once(event, listener);
        return utility;
      },
      off(event: string, listener: Listener) {
        child.off(event, listener);
        return utility;
      },
      postMessage(message: unknown): void {
        child.send(message as object);
      },
      kill(): boolean {
        return child.kill();
      },
    };
    return utility;
  },
};

/** Electron's own export name for the window class. */
export { FakeBrowserWindow as BrowserWindow };
