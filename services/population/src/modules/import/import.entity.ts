import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';

export enum ImportKind {
  residents = 'residents',
  housing = 'housing',
}

export enum ImportStatus {
  open = 'open',
  committed = 'committed',
}

export enum ImportRowStatus {
  /** Checked and waiting for the commit. */
  accepted = 'accepted',
  refused = 'refused',
  written = 'written',
  /** Accepted, but already in the register at commit (a re-run of the same file): not written twice. */
  skipped = 'skipped',
}

/**
 * 批量导入: a file's rows arrive in batches and are checked as they come (each row's verdict kept
 * in `import_row`); the commit writes every accepted row in one transaction, or nothing.
 */
@Entity({ tableName: 'import_job' })
export class ImportJobEntity {
  [OptionalProps]?: 'createdAt' | 'status' | 'committedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Enum({ items: () => ImportKind, nativeEnumName: 'import_kind' }) kind!: ImportKind;
  @ManyToOne(() => StationEntity) station!: StationEntity;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  @Property({ type: 'string' }) fileName!: string;
  @Property({ type: 'integer' }) totalRows!: number;
  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status', default: ImportStatus.open }) status: ImportStatus = ImportStatus.open;
  /** The login that started it: only they add rows and commit. */
  @Property({ type: 'string' }) createdBy!: string;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', nullable: true }) committedAt?: Date | null;
}

@Entity({ tableName: 'import_row' })
export class ImportRowEntity {
  @ManyToOne(() => ImportJobEntity, { primary: true, deleteRule: 'cascade' }) job!: ImportJobEntity;
  /** The row's number in the file (the header is row 1), as the officer sees it in Excel. */
  @PrimaryKey({ type: 'integer' }) rowNo!: number;
  @Enum({ items: () => ImportRowStatus, nativeEnumName: 'import_row_status' }) status!: ImportRowStatus;
  /** Who or what the row is about (name, or address), for the report; no ID numbers. */
  @Property({ type: 'string' }) label!: string;
  /** The values to write, checked and normalised (ids resolved), so the commit is one insert … select. */
  @Property({ type: 'json', nullable: true }) data?: Record<string, unknown> | null;
  @Property({ type: 'json', nullable: true }) errors?: Array<{ code: string; message: string; field: string | null }> | null;
}
