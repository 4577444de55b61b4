import { randomUUID } from 'node:crypto';
import { authorize, errors, holds, mutation, pgArray, Refusal, refuse, userError, type BaseContext, type UserError } from '@cp/service-kit';
import { LockMode } from '@mikro-orm/postgresql';
import { CommunityEntity } from '../jurisdiction/jurisdiction.entity';
import { ImportJobEntity, ImportKind, ImportRowEntity, ImportRowStatus, ImportStatus } from './import.entity';
import { placeOf } from '../jurisdiction/place';
import { checkHousingRows, checkResidentRows, type CheckedRow, type EarlierRows } from './import.rows';
import { EARLIER_ADDRESSES, EARLIER_DOCUMENTS, ROW_COUNTS, UPSERT_ROWS, WRITE_HOUSING, WRITE_RESIDENTS } from './import.sql';
import type { HousingImportRow, ImportJob, ImportJobPayload, ImportRow, ResidentImportRow, StartImportInput } from './import.type';

export const MAX_IMPORT_ROWS = 50_000;
export const MAX_BATCH_ROWS = 500;

/**
 * 批量导入 of residents and housing: rows are checked batch by batch as they arrive (the console
 * shows the progress), and the commit writes all accepted rows in one transaction, or nothing.
 * A row already in the register is skipped (at the check, or at the commit if it was registered
 * meanwhile), so re-running a file writes each person or dwelling exactly once.
 */
export class ImportService {
  constructor(private readonly ctx: BaseContext) {}

  private sql<T = Record<string, unknown>>(query: string, params: unknown[]): Promise<T[]> {
    return this.ctx.em.getConnection().execute(query, params);
  }

  start(input: StartImportInput): Promise<ImportJobPayload> {
    return mutation('job', null, async () => {
      if (!Number.isInteger(input.totalRows) || input.totalRows < 1 || input.totalRows > MAX_IMPORT_ROWS) {
        refuse('IMPORT_TOO_LARGE', `每次导入 1 到 ${MAX_IMPORT_ROWS} 行`, 'totalRows');
      }
      const community = await this.ctx.em.findOne(CommunityEntity, { id: input.communityId });
      if (!community) refuse('COMMUNITY_NOT_FOUND', '所选社区不存在', 'communityId');
      authorize(this.ctx.claims, { stationId: community.station.id, communityId: community.id }, '社区', 'communityId');
      const job = this.ctx.em.create(ImportJobEntity, {
        id: randomUUID(),
        kind: input.kind,
        station: community.station,
        community,
        fileName: input.fileName.slice(0, 200),
        totalRows: input.totalRows,
        createdBy: this.ctx.claims!.sub,
      });
      await this.ctx.em.flush();
      return (await this.present([job]))[0]!;
    });
  }

  addResidentRows(jobId: string, rows: ResidentImportRow[]): Promise<ImportJobPayload> {
    return this.addRows(jobId, ImportKind.residents, rows, (communityId, earlier) => checkResidentRows(this.ctx.em, communityId, rows, earlier));
  }

  addHousingRows(jobId: string, rows: HousingImportRow[]): Promise<ImportJobPayload> {
    return this.addRows(jobId, ImportKind.housing, rows, (communityId, earlier) => checkHousingRows(this.ctx.em, communityId, rows, earlier));
  }

  private async addRows(
    jobId: string,
    kind: ImportKind,
    rows: Array<{ rowNo: number }>,
    check: (communityId: string, earlier: EarlierRows) => Promise<CheckedRow[]>,
  ): Promise<ImportJobPayload> {
    const owned = await this.ownJob(jobId);
    if ('error' in owned) return { job: null, errors: [owned.error] };
    const job = owned.job;
    const refused = (e: UserError): ImportJobPayload => ({ job: null, errors: [e] });
    if (job.kind !== kind) return refused(userError('IMPORT_KIND_MISMATCH', '该导入任务不是这类数据', 'jobId'));
    if (job.status !== ImportStatus.open) return refused(userError('IMPORT_COMMITTED', '该导入已写入，不能再添加行', 'jobId'));
    if (rows.length > MAX_BATCH_ROWS) return refused(userError('IMPORT_BATCH_TOO_LARGE', `每批最多 ${MAX_BATCH_ROWS} 行`, 'rows'));
    const rowNos = rows.map((r) => r.rowNo);
    if (rowNos.some((n) => !Number.isInteger(n) || n < 2 || n > job.totalRows + 1) || new Set(rowNos).size !== rowNos.length) {
      return refused(userError('IMPORT_ROW_NO', `行号应在 2 到 ${job.totalRows + 1} 之间且不重复（表头为第 1 行）`, 'rows'));
    }
    const earlier: EarlierRows = {
      documents: async (keys) => new Set((await this.sql<{ key: string }>(EARLIER_DOCUMENTS, [job.id, pgArray(rowNos), pgArray(keys)])).map((r) => r.key)),
      addresses: async (ids) => new Set((await this.sql<{ key: string }>(EARLIER_ADDRESSES, [job.id, pgArray(rowNos), pgArray(ids)])).map((r) => r.key)),
    };
    const checked = await check(job.community.id, earlier);
    const payload = checked.map((c) => ({
      row_no: c.rowNo,
      status: c.status,
      label: c.label.slice(0, 200),
      data: c.data,
      errors: c.errors.length ? c.errors : null,
    }));
    await this.sql(UPSERT_ROWS, [job.id, JSON.stringify(payload)]);
    return { job: (await this.present([job]))[0]!, errors: [] };
  }

  /** Writes every accepted row at once; with rows refused or not yet sent, writes nothing. */
  commit(jobId: string): Promise<ImportJobPayload> {
    return mutation('job', null, async () => {
      const owned = await this.ownJob(jobId);
      if ('error' in owned) throw new Refusal([owned.error]);
      const outcome = await this.ctx.em.transactional(async (tx) => {
        // one commit at a time: a second click waits, then finds the job committed
        const job = await tx.findOneOrFail(ImportJobEntity, { id: jobId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (job.status !== ImportStatus.open) refuse('IMPORT_COMMITTED', '该导入已写入', 'jobId');
        const counts = await this.countsOf([job.id]);
        const c = counts.get(job.id)!;
        if (c.received < job.totalRows) refuse('IMPORT_INCOMPLETE', `文件共 ${job.totalRows} 行，尚有 ${job.totalRows - c.received} 行未上传校验`, 'jobId');
        if (c.refused > 0) refuse('IMPORT_HAS_REFUSED_ROWS', `有 ${c.refused} 行未通过校验；请修改文件后重新导入（已通过的行不会重复写入）`, 'jobId');
        await tx
          .getConnection()
          .execute(
            job.kind === ImportKind.residents ? WRITE_RESIDENTS : WRITE_HOUSING,
            [job.station.id, job.community.id, job.id, job.id],
            'run',
            tx.getTransactionContext(),
          );
        job.status = ImportStatus.committed;
        job.committedAt = new Date();
        return job;
      });
      return (await this.present([outcome]))[0]!;
    });
  }

  async get(id: string): Promise<ImportJob | null> {
    const job = await this.ctx.em.findOne(ImportJobEntity, { id });
    if (!job) return null;
    if (!this.mayRead(job)) throw errors.outsideJurisdiction();
    return (await this.present([job]))[0]!;
  }

  /** The caller's latest imports, newest first. */
  async mine(first = 20): Promise<ImportJob[]> {
    const jobs = await this.ctx.em.find(ImportJobEntity, { createdBy: this.ctx.claims!.sub }, { orderBy: { createdAt: 'desc' }, limit: Math.min(first, 100) });
    return this.present(jobs);
  }

  /** The per-row report, in file order; `status` narrows it (the refused rows, say). */
  async rows(job: ImportJob, status: ImportRowStatus | null | undefined, first: number, afterRowNo: number | null | undefined): Promise<ImportRow[]> {
    const rows = await this.ctx.em.find(
      ImportRowEntity,
      { job: job.id, ...(status ? { status } : {}), ...(afterRowNo ? { rowNo: { $gt: afterRowNo } } : {}) },
      { orderBy: { rowNo: 'asc' }, limit: Math.min(Math.max(first, 1), 1000) },
    );
    return rows.map((r) => ({ rowNo: r.rowNo, status: r.status, label: r.label, errors: r.errors ?? [] }));
  }

  private mayRead(job: ImportJobEntity): boolean {
    return job.createdBy === this.ctx.claims?.sub || holds(this.ctx.claims, placeOf(job));
  }

  private async ownJob(jobId: string): Promise<{ job: ImportJobEntity } | { error: UserError }> {
    const job = await this.ctx.em.findOne(ImportJobEntity, { id: jobId });
    if (!job) return { error: userError('IMPORT_NOT_FOUND', '该导入任务不存在', 'jobId') };
    if (job.createdBy !== this.ctx.claims?.sub) return { error: userError('IMPORT_NOT_YOURS', '只有发起导入的人可以继续该导入', 'jobId') };
    return { job };
  }

  private async countsOf(ids: string[]) {
    const rows = await this.sql<{ job_id: string; status: ImportRowStatus; n: number }>(ROW_COUNTS, [pgArray(ids)]);
    return new Map(
      ids.map((id) => {
        const of = (s: ImportRowStatus) => rows.find((r) => r.job_id === id && r.status === s)?.n ?? 0;
        const [accepted, refused, written, skipped] = [ImportRowStatus.accepted, ImportRowStatus.refused, ImportRowStatus.written, ImportRowStatus.skipped].map(
          of,
        );
        return [id, { accepted: accepted!, refused: refused!, written: written!, skipped: skipped!, received: accepted! + refused! + written! + skipped! }];
      }),
    );
  }

  private async present(jobs: ImportJobEntity[]): Promise<ImportJob[]> {
    if (!jobs.length) return [];
    const counts = await this.countsOf(jobs.map((j) => j.id));
    return jobs.map((j) => ({
      id: j.id,
      kind: j.kind,
      status: j.status,
      fileName: j.fileName,
      totalRows: j.totalRows,
      ...counts.get(j.id)!,
      createdAt: j.createdAt.toISOString(),
      committedAt: j.committedAt?.toISOString() ?? null,
      communityId: j.community.id,
    }));
  }
}
