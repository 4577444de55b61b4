import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@cp/auth';
import { OfficerEntity } from '../officer/officer.entity';

/** A console login, linked to the officer it belongs to (none for pure administrators). */
@Entity({ tableName: 'user_account' })
export class AccountEntity {
  [OptionalProps]?: 'failedLogins' | 'lockedUntil' | 'disabledAt' | 'createdAt' | 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) username!: string;
  /** bcrypt hash; the password itself is never stored. */
  @Property({ type: 'string', hidden: true }) passwordHash!: string;
  @Property({ type: 'string' }) displayName!: string;
  @Property({ type: 'array' }) roles!: Role[];
  /** The officer whose posts and station make this login's jurisdiction. */
  @ManyToOne(() => OfficerEntity, { nullable: true, unique: true }) officer?: OfficerEntity | null;
  /** Consecutive failed logins since the last success or lock. */
  @Property({ type: 'integer', default: 0 }) failedLogins: number = 0;
  @Property({ type: 'datetime', nullable: true }) lockedUntil?: Date | null;
  /** A disabled account cannot log in; its sessions were ended when it was disabled. */
  @Property({ type: 'datetime', nullable: true }) disabledAt?: Date | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}
