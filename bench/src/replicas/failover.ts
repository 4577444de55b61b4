import { randomUUID } from 'node:crypto';
import { OPERATION_TYPE_HEADER } from '@cp/auth';
import { withDatabase } from '@cp/db';
import { demoStations, demoUsers } from '@cp/demo-district';
import { consoleDocuments, type PlatformProcesses, type ProcessName } from '@cp/launcher';
import { operationName } from '../scale/console-pages';

/*
 * Replicas under load, one of them ended now and then: an officer's phones keep reading their
 * inbox and recording visits (each visit with its device key, resent until it is answered, as
 * the field app's outbox does), while one replica of a service after another is stopped, by
 * SIGTERM (a rolling restart: it drains) or SIGKILL (a crash), and started again. Afterwards
 * every read answered, and every visit is in the database exactly once.
 */

export interface Kill {
  name: ProcessName;
  signal: NodeJS.Signals;
}

export interface FailoverOptions {
  platform: PlatformProcesses;
  /** The platform's databases (the demo district): the visits are counted by their keys in population's. */
  databases: ReadonlyMap<string, string>;
  /** The demo district's size, which places the demo community officer's community. */
  residentsPerCommunity: number;
  /** Phones working at once. */
  clients: number;
  /** The replicas ended, one after another, evenly through the run (replica 1, 2, 1, … of each). */
  kills: Kill[];
  /** Time between one replica started again and the next ended. */
  pauseMs: number;
}

export interface KillOutcome extends Kill {
  replica: number;
  /** From the signal until the replica answered its readiness check again. */
  outMs: number;
}

export interface FailoverReport {
  seconds: number;
  reads: { answered: number; failed: number; p50: number; p99: number };
  writes: { visits: number; attempts: number; resent: number; missing: number; doubled: number };
  failures: string[];
  kills: KillOutcome[];
}

/** The field app's own documents, sent by hash as it sends them. */
function fieldDocument(name: string): { documentId: string; type: string } {
  const found = Object.entries(consoleDocuments()).find(([, t]) => operationName(t) === name);
  if (!found) throw new Error(`the console has no document named ${name}`);
  return { documentId: found[0], type: found[1].trimStart().startsWith('mutation') ? 'mutation' : 'query' };
}

/** The demo's community officer ('dongsi', holding the A post of the second station's first community) visits a resident there. */
async function demoOfficer(options: FailoverOptions) {
  const home = demoStations(options.residentsPerCommunity)[1].communities[0];
  const { username, password } = demoUsers().find((u) => u.username === 'dongsi')!;
  const [resident] = await withDatabase(
    options.databases.get('population')!,
    async (c) => (await c.query<{ id: string }>('select id from resident where community_id = $1 order by id limit 1', [home.id])).rows,
  );
  return { officer: { username, password }, residentId: resident.id };
}

export async function runFailover(options: FailoverOptions): Promise<FailoverReport> {
  const [login, inbox, visit] = ['FieldLogin', 'FieldInbox', 'FieldSendVisit'].map(fieldDocument);
  const { officer, residentId } = await demoOfficer(options);
  const send = async (doc: { documentId: string; type: string }, variables: object, token?: string) => {
    const res = await fetch(options.platform.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [OPERATION_TYPE_HEADER]: doc.type,
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ documentId: doc.documentId, variables }),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (!res.ok || body.errors?.length || !body.data)
      throw new Error(`${res.status} ${body.errors?.map((e) => e.extensions?.code ?? e.message).join(',') ?? ''}`);
    return body.data;
  };
  const token = (await send(login, officer)).login.token as string;

  const latencies: number[] = [];
  const failures: string[] = [];
  const keys: string[] = [];
  let attempts = 0;
  let running = true;
  const started = performance.now();

  const phone = async () => {
    for (let turn = 0; running; turn++) {
      if (turn % 3 < 2) {
        const t = performance.now();
        try {
          await send(inbox, {}, token);
          latencies.push(performance.now() - t);
        } catch (err) {
          failures.push(`read: ${(err as Error).message}`);
        }
        continue;
      }
      // a visit, resent with its key until answered, as the outbox does (a lost answer is not a lost visit)
      const key = randomUUID();
      keys.push(key);
      const input = { subjectType: 'resident', subjectId: residentId, kind: 'verification', outcome: 'normal', clientKey: key };
      for (let tries = 0; ; tries++) {
        attempts++;
        try {
          const answer = await send(visit, { input }, token);
          if (answer.recordVisit.errors?.length) throw new Error(JSON.stringify(answer.recordVisit.errors));
          break;
        } catch (err) {
          if (tries === 30) {
            failures.push(`write given up: ${(err as Error).message}`);
            break;
          }
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    }
  };

  const killer = async () => {
    const outcomes: KillOutcome[] = [];
    const turns = new Map<ProcessName, number>();
    for (const kill of options.kills) {
      await new Promise((r) => setTimeout(r, options.pauseMs));
      const replica = turns.get(kill.name) ?? 0;
      turns.set(kill.name, (replica + 1) % options.platform.replicaPorts[kill.name].length);
      const t = performance.now();
      await options.platform.stop(kill.name, replica, kill.signal);
      await new Promise((r) => setTimeout(r, 1_000)); // out long enough for the health checks to see it
      await options.platform.start(kill.name, replica);
      outcomes.push({ ...kill, replica: replica + 1, outMs: performance.now() - t });
    }
    await new Promise((r) => setTimeout(r, options.pauseMs));
    running = false;
    return outcomes;
  };

  const phones = Array.from({ length: options.clients }, phone);
  const kills = await killer();
  await Promise.all(phones);
  const seconds = (performance.now() - started) / 1000;

  const counts = await withDatabase(options.databases.get('population')!, async (c) =>
    (await c.query<{ n: number }>('select count(*)::int as n from visit where client_key = any($1::uuid[]) group by client_key', [keys])).rows.map((r) => r.n),
  );
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  return {
    seconds,
    reads: { answered: latencies.length, failed: failures.filter((f) => f.startsWith('read')).length, p50: pct(0.5), p99: pct(0.99) },
    writes: {
      visits: keys.length,
      attempts,
      resent: attempts - keys.length,
      missing: keys.length - counts.length,
      doubled: counts.filter((n) => n > 1).length,
    },
    failures,
    kills,
  };
}
