import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from './logger';

/** The part of node-postgres' client the listener uses. */
interface ListeningClient {
  on(event: 'notification', listener: (n: { channel: string; payload?: string }) => void): void;
  on(event: 'error', listener: (err: Error) => void): void;
  query(sql: string): Promise<unknown>;
}

/**
 * Events for a subgraph's subscribers, across every replica of the service: published with
 * PostgreSQL's NOTIFY in the writer's transaction (so an event is sent only if its write
 * commits), received by one LISTEN connection per process, and fanned out in memory by
 * graphql-subscriptions to the subscriptions open on that process.
 */
export class EventBus {
  private readonly local = new PubSub();
  private listening: Promise<void> | null = null;
  private release: (() => Promise<void>) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly channels: readonly string[],
    private readonly log: Logger,
  ) {}

  /** Sends `payload` to the channel's subscribers once `em`'s transaction commits (at once outside one). */
  async publish(em: EntityManager, channel: string, payload: unknown): Promise<void> {
    if (!this.channels.includes(channel)) throw new Error(`unknown event channel ${channel}`);
    await em.getConnection().execute('select pg_notify(?, ?)', [channel, JSON.stringify(payload)], 'all', em.getTransactionContext());
  }

  /** The channel's events on this process, starting the listener on first use. */
  async subscribe<T>(channel: string): Promise<AsyncIterableIterator<T>> {
    await (this.listening ??= this.listen());
    return this.local.asyncIterableIterator<T>(channel);
  }

  private async listen(): Promise<void> {
    // one connection of the pool, held for as long as the process runs
    const knex = this.orm.em.getConnection().getKnex();
    const client = (await knex.client.acquireConnection()) as ListeningClient;
    client.on('notification', (n) => {
      if (!n.payload) return;
      try {
        void this.local.publish(n.channel, JSON.parse(n.payload));
      } catch (err) {
        this.log.error({ err, channel: n.channel }, 'bad event payload');
      }
    });
    client.on('error', (err) => {
      this.log.error({ err }, 'event listener lost its connection');
      this.listening = null; // the next subscriber listens again
    });
    for (const channel of this.channels) await client.query(`listen "${channel.replace(/"/g, '')}"`);
    this.release = async () => {
      for (const channel of this.channels) await client.query(`unlisten "${channel.replace(/"/g, '')}"`).catch(() => undefined);
      await knex.client.releaseConnection(client);
    };
  }

  async close(): Promise<void> {
    await this.release?.();
    this.release = null;
    this.listening = null;
  }
}
