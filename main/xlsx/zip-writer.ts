/**
 * The ZIP container of the Excel export, written as a stream (issue 19).
 *
 * Built on `yazl` (3.3.1): a small, long-kept ZIP writer (one dependency,
 * `buffer-crc32`) whose entries are compressed by Node's own zlib (native
 * deflate on the thread pool, not JavaScript), which takes an entry's data
 * as a stream (so a sheet of 10,000 activities is never held whole), and
 * whose bytes depend only on what is added: every entry is dated with the
 * given time, so the same workbook gives the same file. `archiver` (what
 * exceljs uses) does the same with three more stream layers and a
 * JavaScript CRC per byte; `fflate` deflates in JavaScript on the main
 * thread.
 *
 * An entry's text is handed over in pieces (`write`), turned into UTF-8
 * once a piece is large; `write` waits while the ZIP stream is behind, so
 * memory stays flat however large the sheet.
 */
import { Readable, type Writable } from 'node:stream';
import yazl from 'yazl';

/** Characters gathered before a piece is encoded and handed to the ZIP. */
const PIECE_CHARS = 1 << 16;

/** One entry being written: text in order, then `end`. */
export interface ZipEntryWriter {
  /** Adds text to the entry; resolves at once unless the ZIP stream is behind. */
  write(text: string): Promise<void> | undefined;
  end(): void;
}

/** An entry's data as a readable stream that its writer fills, pausing while the stream's buffer is full. */
class EntrySource extends Readable implements ZipEntryWriter {
  private pending = '';
  private wake: (() => void) | undefined;

  constructor() {
    super({ highWaterMark: 1 << 20 });
  }

  override _read(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  write(text: string): Promise<void> | undefined {
    this.pending += text;
    if (this.pending.length < PIECE_CHARS) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    const piece = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    if (this.push(piece)) return undefined;
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  end(): void {
    if (this.pending.length > 0) void this.flush();
    this.push(null);
  }
}

export interface ZipWriter {
  /** A small entry, whole. */
  addText(name: string, text: string): void;
  /** A large entry, streamed: write its text in order, then end it before the next entry. */
  openEntry(name: string): ZipEntryWriter;
  /** Writes the central directory; resolves once every byte is handed to the output, which is then ended. */
  finish(): Promise<void>;
}

/**
 * A ZIP written into `output`, every entry deflated at `level` and dated
 * `date`. A failure of the ZIP or the output rejects `finish`.
 */
export function zipWriter(output: Writable, date: Date, level: number): ZipWriter {
  const zip = new yazl.ZipFile();
  const options = { mtime: date, compressionLevel: level };
  const done = new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    output.on('error', reject);
    zip.outputStream.on('end', resolve);
  });
  // A failure before `finish` is awaited is reported by `finish`; until then it must not be an unhandled rejection.
  done.catch(() => undefined);
  zip.outputStream.pipe(output);
  return {
    addText(name, text) {
      zip.addBuffer(Buffer.from(text, 'utf8'), name, options);
    },
    openEntry(name) {
      const source = new EntrySource();
      zip.addReadStream(source, name, options);
      return source;
    },
    finish() {
      zip.end();
      return done;
    },
  };
}
