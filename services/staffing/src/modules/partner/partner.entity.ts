import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A partner system (网格化管理平台, 综治中心, 人民调解委员会) that calls the API with client
 * credentials. It sees only the communities it covers, with the scopes it was granted.
 */
@Entity({ tableName: 'partner_client' })
export class PartnerClientEntity {
  [OptionalProps]?: 'rotatedAt' | 'revokedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) name!: string;
  /** Public identifier, sent with the secret to obtain a token. */
  @Property({ type: 'string', unique: true }) clientId!: string;
  /** bcrypt hash; the secret is shown once, at registration or rotation. */
  @Property({ type: 'string', hidden: true }) secretHash!: string;
  @Property({ type: 'array' }) communityIds!: string[];
  @Property({ type: 'array' }) scopes!: string[];
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) rotatedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
  @Property({ type: 'integer', version: true }) version!: number;
}
