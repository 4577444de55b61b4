import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A login session ended by logout before its token expired; kept until the token would have. */
@Entity({ tableName: 'revoked_session' })
export class RevokedSessionEntity {
  @PrimaryKey({ type: 'string' }) jti!: string;
  @Property({ type: 'datetime', index: true }) revokedAt!: Date;
  @Property({ type: 'datetime' }) expiresAt!: Date;
}
