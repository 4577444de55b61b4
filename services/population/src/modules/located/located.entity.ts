import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum RegisteredSubject {
  resident = 'resident',
  housing = 'housing',
}

/**
 * 采集: a registration made on the phone, where the officer stood. Visits keep their own position;
 * a registration keeps it here, apart from the resident's or dwelling's record (which is about
 * the person or the home, not about the officer's day), for time in the community.
 */
@Entity({ tableName: 'located_registration' })
@Index({ properties: ['officerId', 'at'] })
export class LocatedRegistrationEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Enum({ items: () => RegisteredSubject, nativeEnumName: 'registered_subject' }) subjectType!: RegisteredSubject;
  @Property({ type: 'uuid', unique: true }) subjectId!: string;
  @Property({ type: 'uuid' }) officerId!: string;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'double' }) lat!: number;
  @Property({ type: 'double' }) lng!: number;
  @Property({ type: 'double', nullable: true }) accuracy?: number | null;
  @Property({ type: 'boolean' }) inCommunity!: boolean;
}
