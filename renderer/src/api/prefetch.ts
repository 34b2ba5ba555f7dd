/**
 * Data the first screen needs, asked for at start-up alongside the app's own
 * first requests instead of after them: the activities list of a large
 * register is the longest answer the window waits for. A prefetched answer
 * is handed out once, and forgotten when another register is opened, the
 * register is closed or reloaded, or after a few seconds (it is for the
 * first screen, not for later ones).
 */
import type { Channel, ChannelOutput } from '../../../shared/contract/index.ts';
import { call } from './transport.ts';

const FRESH_MS = 5000;
const pending = new Map<Channel, { request: Promise<unknown>; at: number }>();

/** Starts the request now (a channel without input); a failure is forgotten, not reported. */
export function prefetch(channel: 'activities:list'): void {
  const request = call(channel, {});
  pending.set(channel, { request, at: Date.now() });
  request.catch(() => {
    if (pending.get(channel)?.request === request) pending.delete(channel);
  });
}

/** The prefetched answer, once; undefined when there is none. */
export function takePrefetched<C extends Channel>(channel: C): Promise<ChannelOutput<C>> | undefined {
  const entry = pending.get(channel);
  pending.delete(channel);
  return entry && Date.now() - entry.at < FRESH_MS ? (entry.request as Promise<ChannelOutput<C>>) : undefined;
}

/** Forgets every prefetched answer (the register changed). */
export function forgetPrefetched(): void {
  pending.clear();
}
