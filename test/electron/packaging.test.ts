/**
 * The packaging configuration keeps the hardening it promises: Electron's
 * fuses flipped the safe way, code signing ready to take a certificate from
 * the environment (never from the file), the macOS hardened runtime with no
 * exceptions beyond the JIT. Electron cannot be packaged on these machines,
 * so the configuration itself is what is read and checked; electron-builder
 * validates the same keys against its schema when it packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml is what electron-builder itself reads its YAML with (a dependency of electron-builder).
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const CONFIG = new URL('../../electron-builder.yml', import.meta.url);
const config = load(readFileSync(CONFIG, 'utf8')) as Record<string, Record<string, unknown> | unknown>;
const section = (name: string) => config[name] as Record<string, unknown>;

/** electron-builder's own schema, to show the keys are ones it knows. */
const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json') as {
  definitions: Record<string, { properties?: Record<string, unknown> }>;
};

describe('electron-builder.yml', () => {
  it('flips the fuses: no RunAsNode, NODE_OPTIONS or inspect arguments; cookie encryption; ASAR integrity and only-from-ASAR', () => {
    expect(section('electronFuses')).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    const known = Object.keys(schema.definitions.FuseOptionsV1?.properties ?? {});
    for (const key of Object.keys(section('electronFuses'))) expect(known).toContain(key);
  });

  it('signs on Windows and macOS with a certificate from the environment, never one written in the file', () => {
    const text = readFileSync(CONFIG, 'utf8');
    expect(text).not.toMatch(/certificateFile|certificatePassword|cscLink|cscKeyPassword|\.p12|\.pfx/i);
    expect(section('win').signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'], rfc3161TimeStampServer: expect.stringMatching(/^http/) });
    expect(section('mac')).toMatchObject({ hardenedRuntime: true, entitlements: 'resources/entitlements.mac.plist' });
    expect(config.forceCodeSigning).toBe(false);
    const entitlements = readFileSync(new URL('../../resources/entitlements.mac.plist', import.meta.url), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
