/**
 * `largeRegister` in a worker thread: for tests that measure the test
 * thread's own responsiveness, whose heap should not hold the garbage of
 * building thousands of activities (a major GC would show as a stall).
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { largeRegister } from './large-register.ts';

/** Builds the register of `largeRegister(folder, count)` in a worker thread; answers its path. */
export function largeRegisterOffThread(folder: string, count: number): Promise<string> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { folder, count } });
  return new Promise((resolve, reject) => {
    worker.once('message', (path: string) => resolve(path));
    worker.once('error', reject);
  });
}

if (parentPort && (workerData as { count?: unknown } | null)?.count !== undefined) {
  const { folder, count } = workerData as { folder: string; count: number };
  parentPort.postMessage(await largeRegister(folder, count));
}
