import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { outbox, type OutboxEntry, type OutboxKind } from './device';
import {
  ATTACH_PHOTO,
  CHECK_IN,
  CHECK_OUT,
  RECORD_VISIT,
  REGISTER_HOUSING,
  REGISTER_RESIDENT,
  REPORT_LEAD,
  REPORT_PROGRESS,
  UPDATE_CONTACT,
} from './operations';

/**
 * Writes made on the phone wait here until the gateway has them: sent in the order they were
 * made, one at a time, each with its client key (so a resend after a lost answer makes nothing
 * twice). A refusal stays for the officer to read; an edit that meets a newer version becomes a
 * conflict the officer resolves; nothing is dropped silently.
 */

type Errors = Array<{ code: string; message: string }>;
interface Sender {
  document: TypedDocumentNode<never, never>;
  errors: (data: Record<string, { errors: Errors }>) => Errors;
}
const payload = (field: string) => (data: Record<string, { errors: Errors }>) => data[field]?.errors ?? [];
const SEND: Record<OutboxKind, Sender> = {
  checkIn: { document: CHECK_IN as never, errors: payload('checkInCommunity') },
  checkOut: { document: CHECK_OUT as never, errors: payload('checkOutCommunity') },
  visit: { document: RECORD_VISIT as never, errors: payload('recordVisit') },
  photo: { document: ATTACH_PHOTO as never, errors: payload('attachVisitPhoto') },
  register: { document: REGISTER_RESIDENT as never, errors: payload('registerResident') },
  housing: { document: REGISTER_HOUSING as never, errors: payload('registerHousing') },
  contact: { document: UPDATE_CONTACT as never, errors: payload('updateResidentContact') },
  lead: { document: REPORT_LEAD as never, errors: payload('registerDispute') },
  progress: { document: REPORT_PROGRESS as never, errors: payload('reportDisputeProgress') },
};

/** Not the write's fault: the platform could not take it now. Kept, in order, and tried again. */
const TRY_AGAIN = new Set(['BOUNDARY_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'GATEWAY_UNAVAILABLE', 'RATE_LIMITED', 'UNAUTHENTICATED']);
const CONFLICT = 'STALE_VERSION';

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/**
 * Puts writes in the queue (their variables carry the client keys) and tries to send at once.
 * Writes saved together (a visit and its photos) keep their order: each a millisecond after the last.
 */
export async function enqueue(client: ApolloClient, ...entries: Array<Omit<OutboxEntry, 'createdAt' | 'state'>>): Promise<void> {
  const now = Date.now();
  for (const [i, entry] of entries.entries()) await outbox.put({ ...entry, createdAt: new Date(now + i).toISOString(), state: 'waiting' });
  changed();
  void flush(client);
}

/** The officer's answer to a conflict or a refusal: send again with new variables, or drop it. */
export async function resolve(client: ApolloClient, entry: OutboxEntry, variables: Record<string, unknown> | null): Promise<void> {
  if (variables) await outbox.put({ ...entry, variables, state: 'waiting', error: null });
  else await outbox.remove(entry.key);
  changed();
  if (variables) void flush(client);
}

/**
 * Sends what waits, oldest first. One tab at a time (Web Locks), so two open tabs never race
 * each other; the server's client keys catch anything that still arrives twice.
 */
export async function flush(client: ApolloClient): Promise<void> {
  const run = () => send(client);
  if (!navigator.locks) return run();
  // a round already running (this tab or another) sends what is saved meanwhile too
  await navigator.locks.request('cp-field-outbox', { ifAvailable: true }, async (lock) => {
    if (lock) await run();
  });
}

async function send(client: ApolloClient): Promise<void> {
  const tried = new Set<string>();
  let sent = 0;
  // read again after each write: what was saved while sending goes out in the same round
  for (let entry = await nextWaiting(tried); entry; entry = await nextWaiting(tried)) {
    tried.add(entry.key);
    const sender = SEND[entry.kind];
    let errors: Errors;
    try {
      const result = await client.mutate({ mutation: sender.document, variables: entry.variables as never, fetchPolicy: 'no-cache' });
      errors = sender.errors(result.data as never);
    } catch (err) {
      const coded = CombinedGraphQLErrors.is(err) ? err.errors.map((e) => ({ code: String(e.extensions?.code ?? 'ERROR'), message: e.message })) : null;
      // no network, the server gone, or the platform busy: stop here and keep the order
      if (!coded || coded.some((e) => TRY_AGAIN.has(e.code))) return changed();
      errors = coded;
    }
    if (errors.some((e) => TRY_AGAIN.has(e.code))) return changed();
    if (!errors.length) {
      await outbox.remove(entry.key);
      sent++;
    } else await outbox.put({ ...entry, state: errors.some((e) => e.code === CONFLICT) ? 'conflict' : 'refused', error: errors[0] });
    changed();
  }
  // the pages show what the server made of it (a task closed, a check-in marked)
  if (sent) void client.refetchQueries({ include: 'active' }).catch(() => undefined);
}

async function nextWaiting(tried: Set<string>): Promise<OutboxEntry | undefined> {
  return (await outbox.all()).find((e) => e.state === 'waiting' && !tried.has(e.key));
}

/**
 * Keeps trying: when the browser says it is online, when the app comes back to the front, and
 * on a timer (a stopped server still reads as online, so `online` alone is not enough).
 */
export function keepSending(client: ApolloClient, everyMs = 15_000): () => void {
  const attempt = () => void flush(client);
  const visible = () => document.visibilityState === 'visible' && attempt();
  window.addEventListener('online', attempt);
  document.addEventListener('visibilitychange', visible);
  const timer = window.setInterval(attempt, everyMs);
  attempt();
  return () => {
    window.removeEventListener('online', attempt);
    document.removeEventListener('visibilitychange', visible);
    window.clearInterval(timer);
  };
}

/** What waits, for the 待发送 tab and its badge. */
export function useOutbox(): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    const read = () => void outbox.all().then(setEntries);
    listeners.add(read);
    read();
    return () => void listeners.delete(read);
  }, []);
  return entries;
}
