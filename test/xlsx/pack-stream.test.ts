/**
 * The hidden data sheet's copy, packed a piece at a time (issue 19), is the
 * very text `ropa export json` writes: the same SHA-256 (the register
 * version's content hash) and, inflated, the same bytes, for the demo
 * register and for documents with empty lists, absent fields and texts
 * that JSON escapes.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packDocument } from '../../main/xlsx/embedded-document.ts';
import { exchangeTextPieces, packRegisterDocument } from '../../main/xlsx/pack-stream.ts';
import { serialiseRegister } from '../../main/services/register-document.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { demoRegisterFile, documentOf } from '../helpers/workbooks.ts';

function unpacked(chunks: readonly string[]): string {
  return inflateRawSync(Buffer.from(chunks.join(''), 'base64')).toString('utf8');
}

describe('packing the register for the data sheet a piece at a time', () => {
  it("gives the exchange text's own hash and bytes", async () => {
    const document = await documentOf(await demoRegisterFile());
    const packed = await packRegisterDocument(document);
    const whole = packDocument(serialiseRegister(document));
    expect(packed.sha256).toBe(whole.sha256);
    expect(unpacked(packed.chunks)).toBe(serialiseRegister(document));
    expect([...exchangeTextPieces(document)].length).toBeGreaterThan(document.activities.length);
  });

  it('writes empty lists, absent fields, nested values and escaped texts as JSON.stringify does', async () => {
    const document = await documentOf(await demoRegisterFile());
    const edited = {
      ...document,
      processors: [],
      breaches: undefined,
      activities: document.activities.slice(0, 2).map((activity, index) => ({ ...activity, name: index ? 'rinda\nrinda "pēdiņas" \\ \u0001 😀' : activity.name })),
    } as RegisterDocument;
    expect([...exchangeTextPieces(edited)].join('')).toBe(serialiseRegister(edited));
    expect((await packRegisterDocument(edited)).sha256).toBe(packDocument(serialiseRegister(edited)).sha256);
  });
});
