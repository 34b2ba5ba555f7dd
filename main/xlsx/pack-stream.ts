/**
 * The register's exchange text packed for the hidden data sheet without
 * ever holding the text whole (issue 19: the Excel export under 500 MB).
 *
 * `packDocument(serialiseRegister(document))` made the whole JSON text
 * (about 120 MB as a JavaScript string at 10,000 activities with the DPO
 * records), then its UTF-8 bytes (60 MB), beside the document: the
 * export's peak. Here the same text is made in pieces (each list's
 * entries one by one) that go, as UTF-8, into the SHA-256 and the deflate
 * stream and are let go. The bytes are exactly `serialiseRegister`'s, so
 * the hash is the register version's content hash as before;
 * test/xlsx/pack-stream.test.ts checks that against `packDocument`.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { chunkPacked, type PackedDocument } from './embedded-document.ts';

/** Characters gathered before a piece is encoded, hashed and deflated. */
const PIECE_CHARS = 1 << 20;

/**
 * `JSON.stringify(document, null, 2)` + '\n', in pieces, in order: the
 * top-level fields one by one, and a list's entries one by one. Each piece
 * is stringified nested as deep as it stands (`[[entry]]` for an entry of
 * a top-level list), and the wrapping cut off, so its indentation is
 * JSON.stringify's own.
 */
export function* exchangeTextPieces(document: RegisterDocument): Generator<string> {
  const fields = Object.entries(document).filter(([, value]) => value !== undefined && typeof value !== 'function');
  yield '{\n';
  for (const [index, [key, value]] of fields.entries()) {
    const separator = index < fields.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let entry = 0; entry < value.length; entry += 1) {
        // '[\n  [\n' and '\n  ]\n]' are the two wrapping lists.
        yield JSON.stringify([[value[entry]]], null, 2).slice(6, -6) + (entry < value.length - 1 ? ',\n' : '\n');
      }
      yield `  ]${separator}`;
    } else {
      // '{\n' and '\n}' are the wrapping object.
      yield JSON.stringify({ [key]: value }, null, 2).slice(2, -2) + separator;
    }
  }
  yield '}\n';
}

/**
 * Packs the register's exchange text for the data sheet as `packDocument`
 * does (SHA-256 of the UTF-8 text; deflated, base64, in chunks), from
 * the document, a piece at a time.
 */
export async function packRegisterDocument(document: RegisterDocument): Promise<PackedDocument> {
  const hash = createHash('sha256');
  const deflate = createDeflateRaw({ level: 6 });
  const deflated: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => deflated.push(chunk));
  const ended = once(deflate, 'end');
  const feed = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    hash.update(bytes);
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  };
  let pending = '';
  for (const piece of exchangeTextPieces(document)) {
    pending += piece;
    if (pending.length < PIECE_CHARS) continue;
    await feed(pending);
    pending = '';
  }
  await feed(pending);
  deflate.end();
  await ended;
  return { sha256: hash.digest('hex'), chunks: chunkPacked(Buffer.concat(deflated).toString('base64')) };
}
