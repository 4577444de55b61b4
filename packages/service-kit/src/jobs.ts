import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from './events';
import type { GatewayReads } from './gateway-client';
import type { Logger } from './logger';

/** What a job may use besides its transaction: other domains' data (as the service) and events. */
export interface JobTools {
  gateway: GatewayReads;
  events: EventBus;
  log: Logger;
}

/** Work a subgraph does on a timer (e.g. raising overdue warnings), not in answer to a request. */
export interface SubgraphJob {
  name: string;
  everyMs: number;
  /** Returns how many records it touched, for the log. */
  run(em: EntityManager, now: Date, tools: JobTools): Promise<number>;
}

/**
 * One run of a job in one transaction, or none when another replica holds the job's
 * transaction-level advisory lock: two replicas never run the same job at once.
 */
export function runJobOnce(job: SubgraphJob, orm: MikroORM, tools: JobTools, now = new Date()): Promise<number> {
  return orm.em.fork().transactional(async (tx) => {
    const [{ locked }] = await tx
      .getConnection()
      .execute('select pg_try_advisory_xact_lock(hashtext(?)) as locked', [job.name], 'all', tx.getTransactionContext());
    return locked ? job.run(tx, now, tools) : 0;
  });
}

/**
 * Runs each job now and then every `everyMs`. The function returned stops the timers and ends the
 * runs under way: their reads of other domains are aborted (a job catches that and leaves the
 * rest to its next run), and it resolves when they have returned, so the pool closes after them.
 */
export function startJobs(jobs: SubgraphJob[], orm: MikroORM, tools: JobTools): () => Promise<void> {
  const { log } = tools;
  const stopping = new AbortController();
  const { signal } = stopping;
  const jobTools: JobTools = {
    ...tools,
    gateway: { query: (document, variables, options) => tools.gateway.query(document, variables, { ...options, signal }) },
  };
  const runs = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running || signal.aborted) return;
      running = true;
      try {
        const touched = await runJobOnce(job, orm, jobTools);
        if (touched) log.info({ job: job.name, touched }, 'job ran');
      } catch (err) {
        // another service not reachable yet (at start, before the gateway is up): the next turn runs it
        if (signal.aborted) log.info({ job: job.name }, 'job stopped with the service');
        else if ((err as { extensions?: { code?: string } }).extensions?.code === 'UPSTREAM_UNAVAILABLE')
          log.warn({ job: job.name }, 'job waits for another service');
        else log.error({ err, job: job.name }, 'job failed');
      } finally {
        running = false;
      }
    };
    const turn = () => {
      const run = tick();
      runs.add(run);
      void run.finally(() => runs.delete(run));
    };
    turn();
    const timer = setInterval(turn, job.everyMs);
    timer.unref();
    return timer;
  });
  return async () => {
    timers.forEach(clearInterval);
    stopping.abort();
    await Promise.allSettled([...runs]);
  };
}
