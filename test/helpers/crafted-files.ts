/**
 * Files a spreadsheet program (or an attacker) might hand the importer,
 * built byte by byte: ZIP archives with chosen content and declared sizes,
 * a password-protected workbook's OLE container, a zip bomb.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { readZipDirectory, readZipEntry } from '../../main/xlsx/zip-reader.ts';

export interface ZipFile {
  name: string;
  data: Buffer;
  /** Overrides the uncompressed size written to the headers (to make an archive lie). */
  declaredSize?: number;
  /** Already-deflated content (with its real size and CRC), for content too large to keep unpacked. */
  deflated?: { data: Buffer; size: number; crc: number };
}

/** A ZIP archive (deflate, no ZIP64) of the given files, in order. */
export function zipFiles(files: readonly ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = file.deflated?.data ?? deflateRawSync(file.data);
    const size = file.declaredSize ?? file.deflated?.size ?? file.data.length;
    const crc = file.deflated?.crc ?? crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The files of an archive, unpacked. */
export function unzipFiles(archive: Buffer): ZipFile[] {
  return readZipDirectory(archive, 'test.zip').map((entry) => ({ name: entry.name, data: readZipEntry(archive, entry, 'test.zip') }));
}

/** An archive with one file's content changed. */
export function rezip(archive: Buffer, name: string, change: (text: string) => string): Buffer {
  return zipFiles(
    unzipFiles(archive).map((file) => (file.name === name ? { name, data: Buffer.from(change(file.data.toString('utf8')), 'utf8') } : file)),
  );
}

/** `size` zero bytes, deflated a megabyte at a time (never held unpacked). */
export async function deflatedZeros(size: number): Promise<{ data: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(parts), size, crc };
}

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

function directoryEntry(name: string, type: number, start: number, size: number, siblings: { left?: number; right?: number; child?: number }): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 64);
  entry[66] = type;
  entry[67] = 1; // black
  entry.writeUInt32LE(siblings.left ?? FREE, 68);
  entry.writeUInt32LE(siblings.right ?? FREE, 72);
  entry.writeUInt32LE(siblings.child ?? FREE, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

/**
 * What Excel writes for a password-protected workbook: an OLE compound file
 * (starting D0 CF 11 E0) holding the streams EncryptionInfo and
 * EncryptedPackage instead of the ZIP. The streams here hold random bytes
 * and sit in regular sectors (Excel would put the small one in the mini
 * stream); the directory is as Excel writes it, which is what a reader sees.
 */
export function encryptedWorkbook(): Buffer {
  const info = Buffer.alloc(4 * SECTOR, 7);
  info.writeUInt16LE(4, 0);
  info.writeUInt16LE(4, 2);
  const packageData = Buffer.alloc(16 * SECTOR, 0x5a);
  const infoSectors = info.length / SECTOR;
  const packageSectors = packageData.length / SECTOR;
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  let sector = 2;
  for (const count of [infoSectors, packageSectors]) {
    for (let i = 0; i < count; i += 1) fat.writeUInt32LE(i === count - 1 ? END_OF_CHAIN : sector + i + 1, (sector + i) * 4);
    sector += count;
  }
  const directory = Buffer.concat([
    directoryEntry('Root Entry', 5, END_OF_CHAIN, 0, { child: 1 }),
    directoryEntry('EncryptionInfo', 2, 2, info.length, { right: 2 }),
    directoryEntry('EncryptedPackage', 2, 2 + infoSectors, packageData.length, {}),
    Buffer.alloc(128),
  ]);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  return Buffer.concat([header, fat, directory, info, packageData]);
}

/** The smallest file a PDF reader opens: not a workbook. */
export const PDF_FILE = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
