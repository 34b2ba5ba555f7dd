/**
 * An AppContext whose opens go through the real open's probe (a Node child
 * under the deadline, services/open-probe.ts), each probed path counted;
 * and a change made to a register as a program other than ROPA would make it.
 */
import Database from 'better-sqlite3';
import { AppContext } from '../../main/services/app-context.ts';
import type { CleanCloses } from '../../main/services/clean-close.ts';
import { nodeFileProbe } from '../../main/services/open-probe.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { queuedDialogs } from './app.ts';
import { steppingClock } from './temp.ts';

/** `probes` collects each path probed; `cleanCloses` keeps the registers closed cleanly (none by default). */
export function probedApp(deadlineMs: number, probes: string[] = [], cleanCloses?: CleanCloses): AppContext {
  const probe = nodeFileProbe(deadlineMs);
  if (!probe) throw new Error('no Node probe here');
  return new AppContext(
    {
      transport: 'web',
      version: 'test',
      dialogs: queuedDialogs(),
      recentFiles: recentFilesAt(null),
      now: steppingClock(),
      probeFile: async (path) => {
        probes.push(path);
        await probe(path);
      },
      ...(cleanCloses ? { cleanCloses } : {}),
    },
    'en',
  );
}

/** Gives one of the demo's security measure links an activity that does not exist, as a tool writing with foreign keys off would. */
export function orphanLink(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare("UPDATE activity_security_measure SET activity_id = 'no-such-activity' WHERE (activity_id, security_measure_id) = (SELECT activity_id, security_measure_id FROM activity_security_measure LIMIT 1)").run();
  } finally {
    db.close();
  }
}
