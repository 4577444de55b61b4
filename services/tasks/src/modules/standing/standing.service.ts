import { beijingDay } from '@cp/calendar';
import type { GatewayReads } from '@cp/service-kit';
import { graphql } from '../../gql';
import { StandingTaskKind, type StandingTask } from './standing.type';

// 规定任务 are not stored here: population's schedules and disputes' rules already say what is
// due, so the inbox reads them live for the officer and can never disagree with those pages.

const OFFICER_POSTS = graphql(`
  query StandingOfficerPosts($id: ID!) {
    officer(id: $id) {
      id
      postHistory {
        role
        endedAt
        community {
          id
        }
      }
    }
  }
`);

const POPULATION_WORK = graphql(`
  query StandingPopulationWork($communityIds: [ID!]!, $at: String!) {
    populationWorklist(communityIds: $communityIds, at: $at) {
      counts {
        kind
        overdue
        dueToday
      }
      items {
        kind
        dueAt
        reason
        residentId
        unitId
        community {
          id
        }
      }
    }
  }
`);

const DISPUTE_WORK = graphql(`
  query StandingDisputeWork($officerId: ID!) {
    disputeWorklist(officerId: $officerId) {
      id
      progressDueAt
      community {
        id
      }
      transfers {
        id
        dueAt
        overdue
      }
    }
  }
`);

export interface StandingWork {
  tasks: StandingTask[];
  /** Totals (population's are counted in full, not only the items listed). */
  open: number;
  dueToday: number;
  overdue: number;
}

type Posts = Array<{ role: string; endedAt?: string | null; community: { id: string } }>;

/** The communities whose standing work is an officer's: those where they hold the A post now. */
export const aPostCommunities = (posts: Posts): string[] => [...new Set(posts.filter((p) => p.role === 'A' && !p.endedAt).map((p) => p.community.id))];

/**
 * What the rules make due for one officer today (and what is overdue): visits, inspections,
 * re-checks and verifications in their A-post communities, and the weekly progress and overdue
 * transfers of the disputes they handle.
 */
export async function standingWorkOf(gateway: GatewayReads, officerId: string, at = new Date(), known?: { communityIds: string[] }): Promise<StandingWork> {
  const communityIds = known?.communityIds ?? aPostCommunities((await gateway.query(OFFICER_POSTS, { id: officerId })).officer?.postHistory ?? []);
  const [population, disputes] = await Promise.all([
    communityIds.length ? gateway.query(POPULATION_WORK, { communityIds, at: at.toISOString() }) : null,
    gateway.query(DISPUTE_WORK, { officerId }),
  ]);
  const { start, end } = beijingDay(at);
  const tasks: StandingTask[] = [];
  for (const w of population?.populationWorklist.items ?? []) {
    const subjectId = (w.residentId ?? w.unitId)!;
    tasks.push({
      id: `${w.kind}:${subjectId}`,
      kind: w.kind as unknown as StandingTaskKind,
      reason: w.reason,
      dueAt: w.dueAt,
      overdue: new Date(w.dueAt) < start,
      communityId: w.community.id,
      resident: w.residentId ? { id: w.residentId } : null,
      unit: w.unitId ? { id: w.unitId } : null,
      dispute: null,
    });
  }
  for (const d of disputes.disputeWorklist) {
    if (d.progressDueAt && new Date(d.progressDueAt) < end) {
      tasks.push(disputeTask(d, StandingTaskKind.dispute_progress, '每周报告化解进展', d.progressDueAt, start));
    }
    for (const t of d.transfers.filter((t) => t.overdue)) {
      tasks.push(disputeTask(d, StandingTaskKind.dispute_transfer, '移交调解组织逾期未反馈：催办并记录', t.dueAt, start, t.id));
    }
  }
  tasks.sort((a, b) => +new Date(a.dueAt) - +new Date(b.dueAt));
  const counts = population?.populationWorklist.counts ?? [];
  const disputeTasks = tasks.filter((t) => t.dispute);
  const overdue = counts.reduce((n, c) => n + c.overdue, 0) + disputeTasks.filter((t) => t.overdue).length;
  const dueToday = counts.reduce((n, c) => n + c.dueToday, 0) + disputeTasks.filter((t) => !t.overdue).length;
  return { tasks, open: overdue + dueToday, dueToday, overdue };
}

function disputeTask(
  d: { id: string; community: { id: string } | null },
  kind: StandingTaskKind,
  reason: string,
  dueAt: string,
  dayStart: Date,
  part?: string,
): StandingTask {
  return {
    id: `${kind}:${part ?? d.id}`,
    kind,
    reason,
    dueAt,
    overdue: new Date(dueAt) < dayStart,
    communityId: d.community?.id ?? null,
    resident: null,
    unit: null,
    dispute: { id: d.id },
  };
}
