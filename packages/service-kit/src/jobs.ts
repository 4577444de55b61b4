import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger';

/** Work a subgraph does on a timer (e.g. raising overdue warnings), not in answer to a request. */
export interface SubgraphJob {
  name: string;
  everyMs: number;
  /** Returns how many records it touched, for the log. */
  run(em: EntityManager, now: Date): Promise<number>;
}

/**
 * Runs each job now and then every `everyMs`, each run in one transaction. A transaction-level
 * advisory lock per job keeps two replicas of a service from running the same job at once.
 */
export function startJobs(jobs: SubgraphJob[], orm: MikroORM, log: Logger): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const touched = await orm.em.fork().transactional(async (tx) => {
          const [{ locked }] = await tx
            .getConnection()
            .execute('select pg_try_advisory_xact_lock(hashtext(?)) as locked', [job.name], 'all', tx.getTransactionContext());
          return locked ? job.run(tx, new Date()) : 0;
        });
        if (touched) log.info({ job: job.name, touched }, 'job ran');
      } catch (err) {
        log.error({ err, job: job.name }, 'job failed');
      } finally {
        running = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach(clearInterval);
}
