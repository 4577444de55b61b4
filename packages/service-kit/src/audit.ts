import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Claims, RequestOrigin } from '@cp/auth';

/**
 * 个人信息访问记录: one row per record whose personal data (ID number, phone) was read in
 * clear. Append-only: nothing in the platform updates or deletes it. A service that reveals
 * personal data lists this entity and creates its table in a migration.
 */
@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class PersonalDataAccessEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'datetime', index: true }) at!: Date;
  @Property({ type: 'string', index: true }) userId!: string;
  @Property({ type: 'string' }) username!: string;
  @Property({ type: 'array' }) roles!: string[];
  @Property({ type: 'string', nullable: true }) operation?: string | null;
  /** Where the request came from, as the gateway saw it. */
  @Property({ type: 'string', nullable: true }) clientAddress?: string | null;
  @Property({ type: 'string' }) subjectType!: string;
  @Property({ type: 'uuid' }) subjectId!: string;
  @Property({ type: 'array' }) fields!: string[];
}

/** Collects, during one request, which records' personal data were revealed; written once at the end. */
export class AuditTrail {
  private readonly reads = new Map<string, { subjectType: string; subjectId: string; fields: Set<string> }>();

  constructor(
    private readonly claims: Claims | null,
    private readonly origin: RequestOrigin = { clientAddress: null },
  ) {}

  record(subjectType: string, subjectId: string, field: string): void {
    const key = `${subjectType}:${subjectId}`;
    const entry = this.reads.get(key) ?? { subjectType, subjectId, fields: new Set<string>() };
    entry.fields.add(field);
    this.reads.set(key, entry);
  }

  /** One insert for the whole request, whatever the page size. */
  async flush(em: EntityManager, operation: string | null): Promise<void> {
    if (!this.reads.size || !this.claims) return;
    const at = new Date();
    const { sub, username, roles } = this.claims;
    await em.insertMany(
      PersonalDataAccessEntity,
      [...this.reads.values()].map((r) => ({
        id: crypto.randomUUID(),
        at,
        userId: sub,
        username,
        roles,
        operation: this.origin.operationName ?? operation,
        clientAddress: this.origin.clientAddress,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        fields: [...r.fields],
      })),
    );
    this.reads.clear();
  }
}
