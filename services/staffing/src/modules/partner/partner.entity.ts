import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A partner system (网格化管理平台, 综治中心, 人民调解委员会) that calls the API with client
 * credentials. It sees only the communities it covers, with the scopes it was granted.
 */
@Entity({ tableName: 'partner_client' })
export class PartnerClientEntity {
  [OptionalProps]?: 'rotatedAt' | 'revokedAt' | 'departmentCode';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) name!: string;
  /** Public identifier, sent with the secret to obtain a token. */
  @Property({ type: 'string', unique: true }) clientId!: string;
  /** bcrypt hash; the secret is shown once, at registration or rotation. */
  @Property({ type: 'string', hidden: true }) secretHash!: string;
  @Property({ type: 'array' }) communityIds!: string[];
  @Property({ type: 'array' }) scopes!: string[];
  /** The functional department this client is the system of (for `tasks:push`). */
  @Property({ type: 'string', length: 64, nullable: true }) departmentCode?: string | null;
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime', nullable: true }) rotatedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/**
 * A trusted document (登记的操作) of a partner: in production the gateway runs, for a partner,
 * only the operations registered for it. Stored canonically printed, keyed by its hash.
 */
@Entity({ tableName: 'partner_operation' })
@Unique({ properties: ['partnerId', 'hash'] })
export class PartnerOperationEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid', index: true }) partnerId!: string;
  @Property({ type: 'string' }) name!: string;
  /** SHA-256 (hex) of the canonical document, as `documentHash` computes it. */
  @Property({ type: 'string' }) hash!: string;
  @Property({ type: 'text' }) document!: string;
  @Property({ type: 'datetime' }) registeredAt!: Date;
}
