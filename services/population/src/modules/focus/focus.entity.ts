import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';
import { ResidentEntity } from '../resident/resident.entity';

export enum FocusKind {
  /** 特定对象: the categories of the community policing rules, with their visit frequencies. */
  special = 'special',
  /** 关爱帮扶: the elderly living alone, left-behind children, the seriously ill, people in hardship. */
  care = 'care',
}

/** A category of people an officer visits on a schedule; categories and frequencies are data, not code. */
@Entity({ tableName: 'focus_category' })
export class FocusCategoryEntity {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'active' | 'version';
  @PrimaryKey({ type: 'string' }) code!: string;
  @Property({ type: 'string' }) name!: string;
  @Enum({ items: () => FocusKind, nativeEnumName: 'focus_kind' }) kind!: FocusKind;
  /** 上门见面: at most this many days between two visits. */
  @Property({ type: 'integer' }) visitEveryDays!: number;
  @Property({ type: 'integer' }) sort!: number;
  @Property({ type: 'boolean', default: true }) active: boolean = true;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

/** A resident in a category, from `since` until `endedAt`; the schedule counts from `since`. */
@Entity({ tableName: 'focus_person' })
@Index({ properties: ['community', 'endedAt'] })
export class FocusPersonEntity {
  [OptionalProps]?: 'endedAt' | 'note';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => ResidentEntity) resident!: ResidentEntity;
  @ManyToOne(() => FocusCategoryEntity, { fieldName: 'category_code' }) category!: FocusCategoryEntity;
  @ManyToOne(() => StationEntity) station!: StationEntity;
  @ManyToOne(() => CommunityEntity) community!: CommunityEntity;
  @Property({ type: 'datetime' }) since!: Date;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @Property({ type: 'string' }) createdBy!: string;
  @Property({ type: 'datetime', nullable: true }) endedAt?: Date | null;
}
