import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One department's attempt to push a task, admitted or refused: what the reverse evaluation
 * (逆考评) counts beside the stations' ratings. Written even when the push is refused.
 */
@Entity({ tableName: 'push_attempt' })
@Index({ properties: ['at', 'departmentCode'] })
export class PushAttemptEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 64 }) departmentCode!: string;
  @Property({ type: 'string', length: 64 }) templateCode!: string;
  @Property({ type: 'uuid', nullable: true }) officerId?: string | null;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'boolean' }) admitted!: boolean;
  /** The refusal's code; null when admitted. */
  @Property({ type: 'string', nullable: true }) reasonCode?: string | null;
}
