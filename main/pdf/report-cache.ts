/**
 * The report rendered once per register version and options. Preview, Save
 * and Print of the same report reuse the same bytes, kept here in main: at
 * 1,000 activities a render takes half a minute and a gigabyte, and the user
 * who previews then saves or prints would otherwise pay it two or three
 * times, and might get a different document from the one previewed.
 *
 * The key (`reportKey`) is what the report's content depends on: the
 * register file, its history head (every change to the register appends to
 * the history, so a new head is a new version), the moment the register is
 * shown as of (the app's view of a past moment: its history entry and
 * fingerprint, or none for the register as it is), the language, the
 * organisation, whether the DPO records are included, and the report's day
 * (the compliance findings and the dates shown are the day's). Bounded: the
 * last `limit` reports (2 by default: the register's report in each
 * language, or the whole register and one organisation), so a big report
 * does not stay in memory twice over. A render in progress is shared: a
 * Print pressed while the preview renders waits for that render. A render
 * that fails is not kept.
 */

/** One rendered report, as preview, Save and Print need it. */
export interface CachedReport {
  pdf: Buffer;
  pageCount: number | null;
  /** The report's day (ISO), for the file name a save dialog suggests. */
  date: string;
  /** Characters no report font can draw (shown as "�"), for Save's answer. */
  missingGlyphs: string[];
}

export interface ReportKeyParts {
  /** The register file. */
  register: string;
  head: { seq: number; hash: string };
  /** The past moment the register is shown as of (the app's as-of view); absent for the register as it is. */
  asOf?: { seq: number; fingerprint: string } | null | undefined;
  lang: string;
  organisationId?: string | undefined;
  dpoRecords?: boolean | undefined;
  /** The report's day, ISO. */
  date: string;
}

/** The cache key of a report: equal exactly when the report's content is the same. */
export function reportKey(parts: ReportKeyParts): string {
  const asOf = parts.asOf ? [parts.asOf.seq, parts.asOf.fingerprint] : null;
  return JSON.stringify([parts.register, parts.head.seq, parts.head.hash, asOf, parts.lang, parts.organisationId ?? null, parts.dpoRecords === true, parts.date]);
}

export class ReportCache {
  readonly #limit: number;
  /** Oldest first; a hit moves its entry to the end. */
  readonly #entries = new Map<string, Promise<CachedReport>>();

  constructor(limit = 2) {
    this.#limit = limit;
  }

  /** Whether the report of `key` is kept (rendered or rendering). */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The report of `key`: the kept one, or `render`'s, which is then kept (the oldest let go past the limit). */
  get(key: string, render: () => Promise<CachedReport>): Promise<CachedReport> {
    const kept = this.#entries.get(key);
    if (kept) {
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const rendering = render();
    this.#entries.set(key, rendering);
    rendering.catch(() => {
      if (this.#entries.get(key) === rendering) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value as string);
    return rendering;
  }

  /** Lets every kept report go (the register closed). */
  clear(): void {
    this.#entries.clear();
  }
}
