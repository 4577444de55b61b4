import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@cp/auth';
import { OfficerEntity } from '../officer/officer.entity';

/** A console login, linked to the officer it belongs to (none for pure administrators). */
@Entity({ tableName: 'user_account' })
export class AccountEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) username!: string;
  /** bcrypt hash; the password itself is never stored. */
  @Property({ type: 'string', hidden: true }) passwordHash!: string;
  @Property({ type: 'string' }) displayName!: string;
  @Property({ type: 'array' }) roles!: Role[];
  @ManyToOne(() => OfficerEntity, { nullable: true }) officer?: OfficerEntity | null;
}
