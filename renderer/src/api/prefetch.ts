/**
 * Data the first screen needs, asked for at start-up alongside the app's own
 * first requests instead of after them. A prefetched answer is handed out
 * once, to a caller asking the same channel with the same input, and is
 * forgotten when another register is opened, the register is closed or
 * reloaded, or after a few seconds (it is for the first screen, not for
 * later ones).
 */
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/index.ts';
import { call } from './transport.ts';

type Prefetchable = 'activities:firstRows' | 'activities:list';

const FRESH_MS = 5000;
const pending = new Map<Prefetchable, { input: string; request: Promise<unknown>; at: number }>();

/** Starts the request now; a failure is forgotten, not reported. */
export function prefetch<C extends Prefetchable>(channel: C, input: ChannelInput<C>): void {
  const request = call(channel, input);
  pending.set(channel, { input: JSON.stringify(input), request, at: Date.now() });
  request.catch(() => {
    if (pending.get(channel)?.request === request) pending.delete(channel);
  });
}

/** The prefetched answer for this input, once; undefined when there is none. */
export function takePrefetched<C extends Prefetchable>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> | undefined {
  const entry = pending.get(channel);
  pending.delete(channel);
  if (!entry || entry.input !== JSON.stringify(input) || Date.now() - entry.at >= FRESH_MS) return undefined;
  return entry.request as Promise<ChannelOutput<C>>;
}

/** Forgets every prefetched answer (the register changed). */
export function forgetPrefetched(): void {
  pending.clear();
}
