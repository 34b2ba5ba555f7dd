/**
 * Whether main can reach a team register's server, as the answers to the
 * renderer's calls say it: an answer TEAM_CONNECTION_LOST or
 * TEAM_UNREACHABLE means it cannot, any successful answer that it can
 * again. The connection banner (app/ConnectionBanner.tsx) listens.
 */
const LOST_CODES = new Set(['TEAM_CONNECTION_LOST', 'TEAM_UNREACHABLE']);

type Listener = (lost: boolean) => void;
const listeners = new Set<Listener>();

/** Called with every answer's error code (null for a success). */
export function noteConnection(code: string | null): void {
  const lost = code !== null && LOST_CODES.has(code);
  if (!lost && code !== null) return;
  for (const listener of listeners) listener(lost);
}

/** Listens for the connection being lost (true) or answering again (false); returns the unsubscribe. */
export function watchConnection(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
