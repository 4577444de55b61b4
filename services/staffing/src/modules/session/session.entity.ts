import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A login session ended by logout before its token expired; kept until the token would have. */
@Entity({ tableName: 'revoked_session' })
export class RevokedSessionEntity {
  @PrimaryKey({ type: 'string' }) jti!: string;
  @Property({ type: 'datetime', index: true }) revokedAt!: Date;
  @Property({ type: 'datetime' }) expiresAt!: Date;
}

/** A token issued at login, so that disabling an account or changing its roles can end its sessions. */
@Entity({ tableName: 'issued_session' })
@Index({ properties: ['accountId', 'expiresAt'] })
export class IssuedSessionEntity {
  @PrimaryKey({ type: 'string' }) jti!: string;
  @Property({ type: 'uuid' }) accountId!: string;
  @Property({ type: 'datetime' }) issuedAt!: Date;
  @Property({ type: 'datetime' }) expiresAt!: Date;
}
