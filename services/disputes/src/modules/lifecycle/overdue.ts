import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DisputeEntity, OPEN_STATUSES } from '../dispute/dispute.entity';

/**
 * A time a dispute's weekly progress was overdue and then met (progress reported, the dispute
 * closed, transferred or otherwise moved on): written when the deadline is replaced after it had
 * passed, so a period's figures can count what was overdue during it, not only what is today.
 */
@Entity({ tableName: 'dispute_overdue_span' })
@Index({ properties: ['until'] })
export class DisputeOverdueSpanEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { deleteRule: 'cascade', index: true }) dispute!: DisputeEntity;
  /** The deadline that passed. */
  @Property({ type: 'datetime' }) since!: Date;
  /** When it was met. */
  @Property({ type: 'datetime' }) until!: Date;
}

const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The one definition of "overdue during a period", as SQL: the disputes matching `scope` (a
 * condition on the dispute, alias d) with a span of being overdue that meets the part of the
 * period already passed — weekly progress met late (the spans above), progress overdue now
 * (until it is met), a transfer whose outcome came back after its due date or has not yet.
 * Rows: dispute_id, community_id, kind ('progress' | 'transfer'). Parameters: the scope's, then
 * `overdueWindow`'s two.
 */
export const overdueDuring = (scope: string) => `
  with scoped as (select d.id, d.community_id, d.status, d.progress_due_at from dispute d where ${scope})
  select spans.dispute_id, spans.community_id, spans.kind from (
    select s.dispute_id, d.community_id, 'progress' as kind, s.since, s.until from dispute_overdue_span s join scoped d on d.id = s.dispute_id
    union all
    select d.id, d.community_id, 'progress', d.progress_due_at, 'infinity'::timestamptz from scoped d where d.status in (${OPEN}) and d.progress_due_at is not null
    union all
    select t.dispute_id, d.community_id, 'transfer', t.due_at, coalesce(t.outcome_at, 'infinity'::timestamptz)
      from dispute_transfer t join scoped d on d.id = t.dispute_id where coalesce(t.outcome_at, 'infinity'::timestamptz) > t.due_at
  ) spans where spans.since < ?::timestamptz and spans.until > ?::timestamptz`;

/**
 * The parameters of `overdueDuring` for [from, to) at `now`: only the part of the period that has
 * passed counts (a deadline still ahead is not overdue, however the period ends); a period not
 * begun yet has none.
 */
export function overdueWindow(from: Date, to: Date, now = new Date()): [Date, Date] {
  const end = new Date(Math.min(+to, +now));
  return end > from ? [end, from] : [new Date(0), from]; // no span begins before 1970
}
