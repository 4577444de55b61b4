import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { disclose, type Claims, type PersonalField, type RequestOrigin } from '@cp/auth';
import type { SubgraphJob } from './jobs';

/**
 * How long the trail is kept. 网络安全法 art. 21 asks for at least six months; the table's
 * trigger (see the population migration) refuses to delete anything younger than 183 days.
 */
export const AUDIT_RETENTION_DAYS = 365;

/**
 * 个人信息访问记录: one row per person's record a caller read, with the personal fields it
 * received and whether they were masked: every caller, in clear or masked. Append-only: a trigger refuses
 * updates, and deletes of rows younger than six months. A service that serves personal data
 * lists this entity and creates its table (and trigger) in a migration.
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
  /** Whether the fields reached the caller masked (masked reads are recorded too). */
  @Property({ type: 'boolean', default: false }) masked: boolean = false;
}

/** Collects, during one request, which persons' records were read and which of their fields; written once at the end. */
export class AuditTrail {
  private readonly reads = new Map<string, { subjectType: string; subjectId: string; fields: Set<string>; masked: boolean }>();

  constructor(
    private readonly claims: Claims | null,
    private readonly origin: RequestOrigin = { clientAddress: null },
  ) {}

  /** Notes that `field` of a record reached the caller, in clear or `masked`. */
  record(subjectType: string, subjectId: string, field: string, masked: boolean): void {
    const key = `${subjectType}:${subjectId}:${masked}`;
    const entry = this.reads.get(key) ?? { subjectType, subjectId, fields: new Set<string>(), masked };
    entry.fields.add(field);
    this.reads.set(key, entry);
  }

  /**
   * A personal field of a record as this caller may see it (`clear` from `readsInClear`),
   * noted in the trail either way: the one path every personal field is served through.
   */
  disclose(subject: { type: string; id: string }, field: string, kind: PersonalField, value: string | null | undefined, clear: boolean): string | null {
    if (value) this.record(subject.type, subject.id, field, !clear);
    return disclose(kind, value, clear);
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
        masked: r.masked,
      })),
    );
    this.reads.clear();
  }
}

/** Forgets accesses older than the retention period (the trigger guards the six-month minimum). */
export const auditRetentionJob: SubgraphJob = {
  name: 'audit:retention',
  everyMs: 24 * 3_600_000,
  run: async (em, now) => {
    const cutoff = new Date(+now - AUDIT_RETENTION_DAYS * 86_400_000);
    const rows = await em.getConnection().execute('delete from personal_data_access where at < ? returning id', [cutoff], 'all', em.getTransactionContext());
    return rows.length;
  },
};
