/**
 * The per-record rules' findings of one version of the register, by record:
 * what the checks after a save keep of the previous version
 * (shared/rules/incremental.ts). A save changes a few records of thousands,
 * so a version is the previous one with a layer of its changes on top, not a
 * copy (copying 20,000 entries after every save cost more than the rules it
 * saved: docs/checks-speed.md); every LAYERS_BEFORE_COPY saves the layers are
 * copied into one, so a lookup reads at most that many maps.
 */
import type { Finding } from './types.ts';

const LAYERS_BEFORE_COPY = 16;

/** Per record type, per record id: its findings (`null`: none any more, hiding an earlier layer's). */
type Layer = Map<string, Map<string, readonly Finding[] | null>>;

export class RecordFindings {
  /** The newest first. */
  private readonly layers: readonly Layer[];

  private constructor(layers: readonly Layer[]) {
    this.layers = layers;
  }

  /** The findings of a whole run, by record type and id. */
  static of(layer: Layer): RecordFindings {
    return new RecordFindings([layer]);
  }

  /** A record's findings (an empty list when it has none). */
  get(type: string, id: string): readonly Finding[] {
    for (const layer of this.layers) {
      const found = layer.get(type)?.get(id);
      if (found !== undefined) return found ?? [];
    }
    return [];
  }

  /** This version with `changes` on top: the records in it have these findings now (`null` or empty: none). */
  with(changes: Layer): RecordFindings {
    const layers = [changes, ...this.layers];
    if (layers.length < LAYERS_BEFORE_COPY) return new RecordFindings(layers);
    const whole: Layer = new Map();
    // Oldest first, so that a later layer's entry replaces an earlier one's.
    for (const layer of layers.reverse()) {
      for (const [type, records] of layer) {
        let merged = whole.get(type);
        if (!merged) whole.set(type, (merged = new Map()));
        for (const [id, findings] of records) {
          if (findings === null || findings.length === 0) merged.delete(id);
          else merged.set(id, findings);
        }
      }
    }
    return new RecordFindings([whole]);
  }
}
