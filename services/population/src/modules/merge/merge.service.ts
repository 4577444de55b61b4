import { disclose } from '@cp/auth';
import { authorize, mutation, Refusal, refuse, staleVersion, type BaseContext } from '@cp/service-kit';
import { DocumentKind, ResidentEntity } from '../resident/resident.entity';
import { documentField } from '../resident/resident.mapper';
import { ResidentService } from '../resident/resident.service';
import type { UpdateResidentPayload } from '../resident/resident.type';
import { mergedInto } from './merge.loaders';
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
import { placeOf } from '../jurisdiction/place';

class Stale extends Error {}

/** 重复人员合并: one record kept, the duplicate folded into it with its history, in one transaction. */
export class MergeService {
  constructor(private readonly ctx: BaseContext) {}

  merge(input: MergeResidentsInput): Promise<UpdateResidentPayload> {
    return mutation('resident', input, async () => {
      if (input.keepId === input.mergeId) refuse('MERGE_SAME_RECORD', '保留的记录与并入的记录不能是同一条', 'mergeId');
      const [keep, merge] = await Promise.all([input.keepId, input.mergeId].map((id) => this.ctx.em.findOne(ResidentEntity, { id })));
      if (!keep) refuse('RESIDENT_NOT_FOUND', '保留的记录不存在', 'keepId');
      if (!merge) refuse('RESIDENT_NOT_FOUND', '并入的记录不存在', 'mergeId');
      for (const [r, field] of [
        [keep, 'keepId'],
        [merge, 'mergeId'],
      ] as const) {
        authorize(this.ctx.claims, placeOf(r), '人员', field);
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
        if (err instanceof Stale) throw new Refusal([staleVersion()]);
        throw err;
      }
      this.ctx.em.clear();
      const kept = await this.ctx.em.findOneOrFail(ResidentEntity, { id: keep.id });
      return this.ctx.use(ResidentService).visibleOf([kept])[0]!;
    });
  }

  /** The records merged into `keptId`, newest first; their ID numbers always masked (they are history). */
  async mergedInto(keptId: string): Promise<MergedRecord[]> {
    const rows = await this.ctx.use(mergedInto).load(keptId);
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
