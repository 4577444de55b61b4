import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum AdmissionStatus {
  pending = 'pending',
  approved = 'approved',
  rejected = 'rejected',
}

/**
 * 准入: a department's request that one template may be pushed to community officers, and the
 * district's decision on it, by someone other than the requester. An approval may expire.
 */
@Entity({ tableName: 'template_admission' })
@Index({ properties: ['departmentCode', 'templateCode'] })
export class TemplateAdmissionEntity {
  [OptionalProps]?: 'decidedBy' | 'decidedByName' | 'decidedAt' | 'decisionNote' | 'expiresAt' | 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 64 }) templateCode!: string;
  @Property({ type: 'string', length: 64 }) departmentCode!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'string' }) requestedBy!: string;
  @Property({ type: 'string' }) requestedByName!: string;
  @Property({ type: 'datetime' }) requestedAt!: Date;
  @Enum({ items: () => AdmissionStatus, nativeEnumName: 'admission_status' }) status!: AdmissionStatus;
  @Property({ type: 'string', nullable: true }) decidedBy?: string | null;
  @Property({ type: 'string', nullable: true }) decidedByName?: string | null;
  @Property({ type: 'datetime', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'text', nullable: true }) decisionNote?: string | null;
  @Property({ type: 'datetime', nullable: true }) expiresAt?: Date | null;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}
