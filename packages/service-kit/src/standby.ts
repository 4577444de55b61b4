import { lagProbe } from '@cp/db';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger';
import { openOrm, type OrmOptions } from './orm';

/** How often the standby's lag is measured; a request uses what the last measure said. */
const CHECK_MS = 1_000;
/** The standby serves reads while it has at most this much WAL still to replay (a burst of writes beyond it: the primary). */
const MAX_LAG_BYTES = 1024 * 1024;

/**
 * Reads that tolerate a short lag (every query whose caller has not just written) go to a hot
 * standby of the service's database, while it keeps up: its lag is measured every second, and
 * while the standby is unreachable or more than MAX_LAG_BYTES behind, those reads go to the
 * primary again. So a read on the standby sees the primary as it was at most a second and
 * MAX_LAG_BYTES of WAL ago; a caller's own writes are read from the primary (READ_PRIMARY_HEADER).
 */
export class StandbyReads {
  private usable = false;
  private readonly probe: ReturnType<typeof lagProbe>;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    readonly orm: MikroORM,
    primaryUrl: string,
    standbyUrl: string,
    private readonly log: Logger,
  ) {
    this.probe = lagProbe(primaryUrl, standbyUrl);
    this.timer = setInterval(() => void this.check(), CHECK_MS);
    this.timer.unref();
  }

  /** Opens the standby's ORM and waits for the first measure. */
  static async open(options: OrmOptions & { standbyUrl: string }, log: Logger): Promise<StandbyReads> {
    const orm = await openOrm({ ...options, databaseUrl: options.standbyUrl, standby: true });
    const reads = new StandbyReads(orm, options.databaseUrl, options.standbyUrl, log);
    await reads.check();
    return reads;
  }

  /** An entity manager on the standby for one request, or none while it lags or is gone. */
  fork(): EntityManager | null {
    return this.usable ? this.orm.em.fork() : null;
  }

  async check(): Promise<void> {
    const was = this.usable;
    try {
      const lag = await this.probe.lagBytes();
      this.usable = lag <= MAX_LAG_BYTES;
      if (was && !this.usable) this.log.warn({ lag }, 'standby lags: reads go to the primary');
    } catch (err) {
      this.usable = false;
      if (was) this.log.warn({ err }, 'standby unreachable: reads go to the primary');
    }
    if (!was && this.usable) this.log.info('reads that tolerate a short lag go to the standby');
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.probe.close();
    await this.orm.close();
  }
}
