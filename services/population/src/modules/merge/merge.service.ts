import { disclose, inJurisdiction } from '@cp/auth';
import { requireJurisdiction, staleVersion, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import { DocumentKind, ResidentEntity } from '../resident/resident.entity';
import { documentField } from '../resident/resident.mapper';
import { ResidentService } from '../resident/resident.service';
import type { UpdateResidentPayload } from '../resident/resident.type';
import { ResidentMergeEntity } from './merge.entity';
import {
  ALLOW_VISIT_REPOINT,
  DELETE_MERGED,
  END_SHARED_LISTINGS,
  FILL_GAPS,
  MOVE_EARLIER_MERGES,
  MOVE_LANDLORD,
  MOVE_MEMBERSHIP,
  MOVE_LISTINGS,
  MOVE_VISITS,
  RECORD_MERGE,
} from './merge.sql';
import type { MergedRecord, MergeResidentsInput } from './merge.type';

class Stale extends Error {}

/** 重复人员合并: one record kept, the duplicate folded into it with its history, in one transaction. */
export class MergeService {
  constructor(private readonly ctx: BaseContext) {}

  async merge(input: MergeResidentsInput): Promise<UpdateResidentPayload> {
    const refused = (errs: UserError[]): UpdateResidentPayload => ({ resident: null, errors: errs });
    const problems = await validateInput(input);
    if (problems.length) return refused(problems);
    if (input.keepId === input.mergeId) return refused([userError('MERGE_SAME_RECORD', '保留的记录与并入的记录不能是同一条', 'mergeId')]);
    const [keep, merge] = await Promise.all([input.keepId, input.mergeId].map((id) => this.ctx.em.findOne(ResidentEntity, { id })));
    if (!keep) return refused([userError('RESIDENT_NOT_FOUND', '保留的记录不存在', 'keepId')]);
    if (!merge) return refused([userError('RESIDENT_NOT_FOUND', '并入的记录不存在', 'mergeId')]);
    const j = requireJurisdiction(this.ctx.claims);
    for (const [r, field] of [
      [keep, 'keepId'],
      [merge, 'mergeId'],
    ] as const) {
      if (!inJurisdiction(j, { stationId: r.station.id, communityId: r.community.id })) {
        return refused([userError('OUTSIDE_JURISDICTION', '只能合并本人辖区内的人员记录', field)]);
      }
    }
    const by = this.ctx.claims!.name;
    try {
      await this.ctx.em.transactional(async (tx) => {
        /** Runs a step and says how many rows it changed. */
        const run = async (sql: string, params: unknown[]): Promise<number> =>
          ((await tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext())) as unknown as { affectedRows: number }).affectedRows;
        await tx.getConnection().execute(ALLOW_VISIT_REPOINT, [], 'all', tx.getTransactionContext());
        if ((await run(FILL_GAPS, [keep.id, merge.id, input.keepVersion])) !== 1) throw new Stale();
        const visitsMoved = await run(MOVE_VISITS, [keep.id, merge.id]);
        await run(END_SHARED_LISTINGS, [merge.id, keep.id]);
        await run(MOVE_LISTINGS, [keep.id, merge.id]);
        await run(MOVE_LANDLORD, [keep.id, merge.id]);
        await run(MOVE_EARLIER_MERGES, [keep.id, merge.id]);
        await run(MOVE_MEMBERSHIP, [keep.id, merge.id, keep.id]);
        await run(RECORD_MERGE, [keep.id, by, input.reason.trim(), visitsMoved, merge.id]);
        if ((await run(DELETE_MERGED, [merge.id, input.mergeVersion])) !== 1) throw new Stale();
      });
    } catch (err) {
      if (err instanceof Stale) return refused([staleVersion()]);
      throw err;
    }
    this.ctx.em.clear();
    const kept = await this.ctx.em.findOneOrFail(ResidentEntity, { id: keep.id });
    return { resident: this.ctx.use(ResidentService).visibleOf([kept])[0]!, errors: [] };
  }

  /** The records merged into `keptId`, newest first; their ID numbers always masked (they are history). */
  async mergedInto(keptId: string): Promise<MergedRecord[]> {
    const rows = await this.ctx.em.find(ResidentMergeEntity, { kept: keptId }, { orderBy: { mergedAt: 'desc' } });
    return rows.map((m) => {
      const s = m.snapshot as { name: string; id_number: string; document_kind: DocumentKind };
      return {
        id: m.mergedId,
        name: s.name,
        idNumber: disclose(documentField(s.document_kind), s.id_number, false)!,
        mergedAt: m.mergedAt.toISOString(),
        mergedBy: m.mergedBy,
        reason: m.reason,
        visitsMoved: m.visitsMoved,
      };
    });
  }
}
