import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 现场照片: a photo taken with the record it proves (a visit, a verification, an inspection). Kept
 * apart from the visit so that listing visits never reads image bytes; the bytes are lazy and
 * read only by the one query that serves a photo after its access check.
 */
@Entity({ tableName: 'visit_photo' })
@Index({ properties: ['visitId', 'createdAt'] })
export class VisitPhotoEntity {
  [OptionalProps]?: 'createdAt' | 'clientKey';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) visitId!: string;
  @Property({ type: 'string' }) contentType!: string;
  @Property({ type: 'integer' }) size!: number;
  @Property({ type: 'string' }) sha256!: string;
  @Property({ type: 'blob', lazy: true }) data!: Buffer;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  /** The device's key: a photo queued offline and sent twice is stored once. */
  @Property({ type: 'uuid', nullable: true, unique: 'visit_photo_client_key_unique' }) clientKey?: string | null;
}
