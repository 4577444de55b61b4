import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * What the phone keeps (IndexedDB): writes waiting to be sent, and the last answers of the day's
 * pages so they open without network. Only the signed-in officer's own work is stored (the
 * gateway answers nothing outside their jurisdiction), and everything is cleared at logout.
 */

export type OutboxKind = 'checkIn' | 'checkOut' | 'visit' | 'photo' | 'register' | 'housing' | 'contact' | 'lead' | 'progress';
export type OutboxState = 'waiting' | 'conflict' | 'refused';

export interface OutboxEntry {
  /** The client key: the server makes one record of it however often it arrives. */
  key: string;
  kind: OutboxKind;
  /** What the officer sees in 待发送, in Chinese. */
  label: string;
  variables: Record<string, unknown>;
  createdAt: string;
  state: OutboxState;
  /** The server's coded refusal, for an entry the officer must look at. */
  error?: { code: string; message: string } | null;
  /** For an edit: the record it was made against, to show beside the newer one in a conflict. */
  subjectId?: string;
}

interface FieldDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { createdAt: string } };
  snapshots: { key: string; value: { key: string; day: string; data: unknown } };
}

const NAME = 'cp-field';
let opened: Promise<IDBPDatabase<FieldDb>> | null = null;

function db(): Promise<IDBPDatabase<FieldDb>> {
  opened ??= openDB<FieldDb>(NAME, 1, {
    upgrade(d) {
      d.createObjectStore('outbox', { keyPath: 'key' }).createIndex('createdAt', 'createdAt');
      d.createObjectStore('snapshots', { keyPath: 'key' });
    },
  });
  return opened;
}

/** Beijing's calendar day: the snapshots are "for the day" as the officer's work is. */
export const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export const outbox = {
  async all(): Promise<OutboxEntry[]> {
    return (await db()).getAllFromIndex('outbox', 'createdAt');
  },
  async put(entry: OutboxEntry): Promise<void> {
    await (await db()).put('outbox', entry);
  },
  async remove(key: string): Promise<void> {
    await (await db()).delete('outbox', key);
  },
};

export const snapshots = {
  async save(key: string, data: unknown): Promise<void> {
    await (await db()).put('snapshots', { key, day: today(), data });
  },
  /** Today's copy only: yesterday's list is not today's work. */
  async read<T>(key: string): Promise<T | null> {
    const row = await (await db()).get('snapshots', key);
    return row && row.day === today() ? (row.data as T) : null;
  },
};

/** At logout: nothing of the officer's stays on the phone. */
export async function clearDevice(): Promise<void> {
  const d = await db();
  await Promise.all([d.clear('outbox'), d.clear('snapshots')]);
}
