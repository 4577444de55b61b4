import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { OfficerEntity } from '../officer/officer.entity';

/** 警组: 2–5 officers of one station who work the same shifts; the leader answers on duty. */
@Entity({ tableName: 'police_group' })
@Unique({ properties: ['stationId', 'name'] })
export class PoliceGroupEntity {
  [OptionalProps]?: 'leader';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid', index: true }) stationId!: string;
  @Property({ type: 'string' }) name!: string;
  @ManyToOne(() => OfficerEntity, { nullable: true }) leader?: OfficerEntity | null;
  @OneToMany(() => PoliceGroupMemberEntity, (m) => m.group) members = new Collection<PoliceGroupMemberEntity>(this);
  @Property({ type: 'integer', version: true }) version!: number;
}

/** Membership: an officer is in at most one group (the primary key on the officer). */
@Entity({ tableName: 'police_group_member' })
export class PoliceGroupMemberEntity {
  @ManyToOne(() => OfficerEntity, { primary: true }) officer!: OfficerEntity;
  @ManyToOne(() => PoliceGroupEntity, { index: true, deleteRule: 'cascade' }) group!: PoliceGroupEntity;
}
