import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { ResidentEntity } from '../resident/resident.entity';

/**
 * A duplicate record merged into the one kept: the duplicate's row as it was (`snapshot`), who
 * merged it and why. Its visits and listings now belong to the kept record; its id still
 * resolves to the kept one, so other domains' links to it keep working.
 */
@Entity({ tableName: 'resident_merge' })
export class ResidentMergeEntity {
  @PrimaryKey({ type: 'uuid' }) mergedId!: string;
  @ManyToOne(() => ResidentEntity, { index: true }) kept!: ResidentEntity;
  @Property({ type: 'datetime' }) mergedAt!: Date;
  @Property({ type: 'string' }) mergedBy!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'json' }) snapshot!: Record<string, unknown>;
  @Property({ type: 'integer' }) visitsMoved!: number;
}
