import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 账号变更记录: every change to a console account — who made it, what, the account before and
 * after (never a password or its hash). Append-only: a trigger refuses updates and deletes.
 */
@Entity({ tableName: 'account_change' })
@Index({ properties: ['accountId', 'at'] })
export class AccountChangeEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'datetime', index: true }) at!: Date;
  @Property({ type: 'string' }) actorId!: string;
  @Property({ type: 'string' }) actorUsername!: string;
  @Property({ type: 'uuid' }) accountId!: string;
  /** create, update, disable, enable, reset_password, unlock */
  @Property({ type: 'string' }) action!: string;
  @Property({ type: 'json', nullable: true }) before?: Record<string, unknown> | null;
  @Property({ type: 'json', nullable: true }) after?: Record<string, unknown> | null;
}
