import { createHash } from 'node:crypto';
import { requireScope, userError, validateInput, type BaseContext } from '@cp/service-kit';
import { DisputeEntity, DisputeSource } from '../dispute/dispute.entity';
import { toDispute } from '../dispute/dispute.mapper';
import { DisputeWriter } from '../lifecycle/dispute-writer';
import type { GridEventInput } from './grid-report.inputs';
import type { GridEventPayload } from './grid-report.type';
import { GridEventReportEntity } from './grid-report.entity';

/**
 * 警网融合: a grid-management platform reports an event; it becomes a dispute lead. Retries with
 * the same idempotency key return the first lead: the key row and the dispute are written in one
 * transaction, and a concurrent retry waits on the key's primary key, then finds it.
 */
export class GridReportService {
  constructor(private readonly ctx: BaseContext) {}

  async report(input: GridEventInput): Promise<GridEventPayload> {
    requireScope(this.ctx.claims, 'grid-events:report');
    const problems = await validateInput(input);
    if (problems.length) return { dispute: null, created: false, errors: problems };
    const { idempotencyKey, ...event } = input;
    const payloadHash = createHash('sha256').update(JSON.stringify(event)).digest('hex');
    const caller = this.ctx.claims!.sub;

    const earlier = await this.previous(caller, idempotencyKey);
    if (earlier) return this.replay(earlier, payloadHash);

    const writer = new DisputeWriter(this.ctx);
    const placed = await writer.place(input);
    if ('errors' in placed) return { dispute: null, created: false, errors: placed.errors };
    const now = new Date();
    const outcome = await this.ctx.em.transactional(async (tx) => {
      const claimed = await tx.getConnection().execute(
        `insert into grid_event_report (caller, idempotency_key, payload_hash, dispute_id, created_at)
         values (?, ?, ?, null, ?) on conflict do nothing returning caller`,
        [caller, idempotencyKey, payloadHash, now],
        'all',
        tx.getTransactionContext(),
      );
      if (!claimed.length) return null; // a concurrent retry won the key
      const description = [`网格员 ${input.reporterName.trim()} 上报`, input.description?.trim()].filter(Boolean).join('：');
      const d = await writer.insert(tx, { ...input, description }, placed.place, DisputeSource.grid_report, now);
      await tx
        .getConnection()
        .execute(
          'update grid_event_report set dispute_id = ? where caller = ? and idempotency_key = ?',
          [d.id, caller, idempotencyKey],
          'run',
          tx.getTransactionContext(),
        );
      return d;
    });
    if (outcome) return { dispute: toDispute(outcome), created: true, errors: [] };
    return this.replay((await this.previous(caller, idempotencyKey))!, payloadHash);
  }

  private previous(caller: string, idempotencyKey: string) {
    return this.ctx.em.fork().findOne(GridEventReportEntity, { caller, idempotencyKey }, { populate: ['dispute'] });
  }

  private replay(earlier: GridEventReportEntity, payloadHash: string): GridEventPayload {
    if (earlier.payloadHash !== payloadHash) {
      return { dispute: null, created: false, errors: [userError('IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一条不同内容的上报', 'idempotencyKey')] };
    }
    return { dispute: toDispute(earlier.dispute as DisputeEntity), created: false, errors: [] };
  }
}
