/**
 * Hears a team register's committed changes (notify.ts says what is sent):
 * one dedicated connection, not from the pool, since a pooled connection is
 * handed to other queries and would miss notifications.
 */
import pg from 'pg';
import { connectionSettings, type PostgresTarget } from './connection.ts';
import { changeChannel, type ChangeAnnouncement } from './notify.ts';

/** A running listener: `close` ends its connection. */
export interface ChangeListener {
  close(): Promise<void>;
}

/**
 * Listens on the register's channel over a connection of its own and calls
 * `onChange` for each committed transaction's announcement. `onError` hears
 * a lost connection (the app says so and polls the history until it can
 * listen again); a payload that is not ours is ignored.
 */
export async function listenForChanges(target: PostgresTarget, onChange: (announcement: ChangeAnnouncement) => void, onError: (error: Error) => void = () => undefined): Promise<ChangeListener> {
  const client = new pg.Client(connectionSettings(target, 'ropa-listen'));
  const channel = changeChannel(target.register);
  client.on('notification', (message) => {
    if (message.channel !== channel || !message.payload) return;
    const announcement = parseAnnouncement(message.payload);
    if (announcement) onChange(announcement);
  });
  client.on('error', onError);
  await client.connect();
  await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
  let closed = false;
  return {
    async close() {
      if (closed) return;
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}

function parseAnnouncement(payload: string): ChangeAnnouncement | null {
  try {
    const value = JSON.parse(payload) as Partial<ChangeAnnouncement>;
    if (!Number.isInteger(value.head) || !Array.isArray(value.kinds)) return null;
    return value as ChangeAnnouncement;
  } catch {
    return null;
  }
}
