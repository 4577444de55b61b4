import { randomUUID } from 'node:crypto';
import type { SubgraphJob } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DisputeEntity, DisputeGrade, OPEN_STATUSES } from '../dispute/dispute.entity';
import { communityPlace } from '../../places';
import { belowRisk, GRADE_FOR_RISK, regrade } from './dispute-access';
import { DisputeEventEntity, DisputeEventKind } from './event.entity';

/**
 * Open disputes whose grade is below what their risk level requires (entered before the rule was
 * enforced at registration and assessment) are raised to it, the handler with them, and the
 * history says why. Finds nothing once every entry follows the rule; a batch a run.
 */
export async function gradeByRisk(em: EntityManager, now: Date, gateway: Parameters<typeof communityPlace>[0]): Promise<number> {
  const below = await em.find(
    DisputeEntity,
    {
      status: { $in: [...OPEN_STATUSES] },
      $or: belowRisk,
    },
    { limit: 500, orderBy: { reportedAt: 'asc' } },
  );
  for (const d of below) {
    const place = await communityPlace(gateway, d.communityId);
    if (!place) continue;
    const details = regrade(d, GRADE_FOR_RISK[d.riskLevel], place);
    em.create(DisputeEventEntity, {
      id: randomUUID(),
      dispute: d,
      at: now,
      kind: DisputeEventKind.grade_changed,
      actorId: 'system',
      actorName: '分级处置规则',
      note: d.grade === DisputeGrade.major ? '风险等级重大，所长亲自上案' : '风险等级较大，由社区警务队长处置',
      attachments: [],
      details,
    });
  }
  await em.flush();
  return below.length;
}

export const gradeByRiskJob: SubgraphJob = {
  name: 'disputes:grade-by-risk',
  everyMs: 60 * 60_000,
  run: (em, now, { gateway }) => gradeByRisk(em, now, gateway),
};
