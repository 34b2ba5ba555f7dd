/**
 * Just enough of the ZIP format to look inside an .xlsx before any library
 * unpacks it: the central directory (names, declared sizes, flags) and a
 * bounded inflate of one entry.
 *
 * Why our own reader: the workbook guard must know the unpacked size of a
 * file before anything is unpacked (a zip bomb of a few hundred kilobytes
 * inflates to gigabytes), and exceljs (through JSZip) inflates everything it
 * is given. The central directory is read first; every entry is then inflated
 * with zlib's `maxOutputLength` set to its declared size, so an entry that
 * lies about its size is caught after at most that many bytes.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors.ts';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_U32 = 0xffffffff;
const MAX_U16 = 0xffff;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  /** General purpose flags; bit 0 marks an encrypted entry. */
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  localHeaderOffset: number;
}

/** True when the bytes start like a ZIP archive (local file header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function damaged(file: string, detail: string): AppError {
  return new AppError('XLSX_DAMAGED', { file, detail });
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, buffer.length - 22 - MAX_U16);
  for (let offset = buffer.length - 22; offset >= stop; offset -= 1) {
    if (buffer.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/**
 * The entries of the archive's central directory, without unpacking
 * anything. Throws XLSX_DAMAGED naming `file` when the directory is
 * truncated or inconsistent.
 */
export function readZipDirectory(buffer: Buffer, file: string): ZipEntry[] {
  const eocd = buffer.length >= 22 ? findEndOfCentralDirectory(buffer) : -1;
  if (eocd < 0) throw damaged(file, 'no ZIP central directory');
  let count = buffer.readUInt16LE(eocd + 10);
  let directorySize = buffer.readUInt32LE(eocd + 12);
  let directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (count === MAX_U16 || directorySize === MAX_U32 || directoryOffset === MAX_U32) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw damaged(file, 'ZIP64 locator missing');
    const record = u64(buffer, locator + 8);
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) throw damaged(file, 'ZIP64 record missing');
    count = u64(buffer, record + 32);
    directorySize = u64(buffer, record + 40);
    directoryOffset = u64(buffer, record + 48);
  }
  if (directoryOffset + directorySize > buffer.length) throw damaged(file, 'central directory outside the file');
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw damaged(file, `central directory entry ${index + 1}`);
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    let compressedSize = buffer.readUInt32LE(offset + 20);
    let size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    let localHeaderOffset = buffer.readUInt32LE(offset + 42);
    const nameStart = offset + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > buffer.length) throw damaged(file, `central directory entry ${index + 1}`);
    const name = buffer.toString('utf8', nameStart, extraStart);
    if (size === MAX_U32 || compressedSize === MAX_U32 || localHeaderOffset === MAX_U32) {
      // ZIP64 extended information: the 64-bit values, in this order, for the fields set to 0xFFFFFFFF.
      for (let extra = extraStart; extra + 4 <= extraStart + extraLength; ) {
        const id = buffer.readUInt16LE(extra);
        const length = buffer.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          const take = (): number => {
            if (field + 8 > extra + 4 + length) throw damaged(file, `ZIP64 field of ${name}`);
            const value = u64(buffer, field);
            field += 8;
            return value;
          };
          if (size === MAX_U32) size = take();
          if (compressedSize === MAX_U32) compressedSize = take();
          if (localHeaderOffset === MAX_U32) localHeaderOffset = take();
          break;
        }
        extra += 4 + length;
      }
    }
    entries.push({ name, method, flags, compressedSize, size, localHeaderOffset });
    offset = next;
  }
  return entries;
}

/**
 * The unpacked bytes of one entry, never more than its declared size:
 * an entry that inflates beyond it (a lying directory) or to less is
 * XLSX_DAMAGED.
 */
export function readZipEntry(buffer: Buffer, entry: ZipEntry, file: string): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_SIGNATURE) throw damaged(file, `local header of ${entry.name}`);
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw damaged(file, `${entry.name} is cut short`);
  const data = buffer.subarray(start, end);
  let content: Buffer;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw damaged(file, code === 'ERR_BUFFER_TOO_LARGE' ? `${entry.name} unpacks to more than the ${entry.size} bytes it declares` : `${entry.name}: ${(error as Error).message}`);
    }
  } else throw damaged(file, `${entry.name} uses an unsupported compression method (${entry.method})`);
  if (content.length !== entry.size) throw damaged(file, `${entry.name} unpacks to ${content.length} bytes, not the ${entry.size} it declares`);
  return content;
}
