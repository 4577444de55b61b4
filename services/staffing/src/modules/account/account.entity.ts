import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@cp/auth';
import { OfficerEntity } from '../officer/officer.entity';

/** A console login, linked to the officer it belongs to (none for pure administrators). */
@Entity({ tableName: 'user_account' })
export class AccountEntity {
  [OptionalProps]?: 'failedLogins' | 'lockedUntil';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) username!: string;
  /** bcrypt hash; the password itself is never stored. */
  @Property({ type: 'string', hidden: true }) passwordHash!: string;
  @Property({ type: 'string' }) displayName!: string;
  @Property({ type: 'array' }) roles!: Role[];
  @ManyToOne(() => OfficerEntity, { nullable: true }) officer?: OfficerEntity | null;
  /** Consecutive failed logins since the last success or lock. */
  @Property({ type: 'integer', default: 0 }) failedLogins: number = 0;
  @Property({ type: 'datetime', nullable: true }) lockedUntil?: Date | null;
}
