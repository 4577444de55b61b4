import { isPlatformService } from '@cp/auth';
import { DomainError, serviceOrJurisdiction, type BaseContext } from '@cp/service-kit';
import { FOCUS_VISITS, scopeSql, UNIT_INSPECTIONS, UNIT_RECHECKS, VERIFICATIONS, withTotals, type DueRow } from './worklist.sql';
import { beijingDay } from '@cp/calendar';
import { WorkItemKind, type WorkCount, type Worklist } from './worklist.type';

const DAY = 86_400_000;

/**
 * 每日重点工作内容推送: what is due today and overdue in the caller's jurisdiction, computed from
 * the schedules (categories' visit frequencies, inspection intervals, staleness), never typed in.
 */
export class WorklistService {
  constructor(private readonly ctx: BaseContext) {}

  /**
   * `horizonDays` > 0 adds what falls due in the next days, so an officer can plan the week.
   * The platform's services (the tasks inbox, the morning push) read named communities only.
   */
  async of(at: Date, { communityId, communityIds }: { communityId?: string | null; communityIds?: string[] | null } = {}, horizonDays = 0): Promise<Worklist> {
    const j = serviceOrJurisdiction(this.ctx.claims);
    if (isPlatformService(this.ctx.claims) && !communityIds) throw new DomainError('WORKLIST_SCOPE_REQUIRED', '平台服务须指明社区', 'communityIds');
    const day = beijingDay(at);
    const horizonEnd = new Date(+day.end + horizonDays * DAY);
    const run = async (statement: (scope: string) => string, alias: string) => {
      const scope = scopeSql(alias, j, communityId, communityIds);
      return this.ctx.em.getConnection().execute<DueRow[]>(withTotals(statement(scope.sql)), [day.start, day.end, horizonEnd, ...scope.params]);
    };
    const batches = await Promise.all([run(FOCUS_VISITS, 'fp'), run(UNIT_INSPECTIONS, 'u'), run(UNIT_RECHECKS, 'v'), run(VERIFICATIONS, 'r')]);
    const rows = batches.flat();
    const counts: WorkCount[] = Object.values(WorkItemKind).map((kind) => {
      const first = rows.find((r) => r.kind === kind);
      return {
        kind,
        overdue: first?.overdue_total ?? 0,
        dueToday: first ? first.today_total - first.overdue_total : 0,
        upcoming: first ? first.due_total - first.today_total : 0,
      };
    });
    const items = rows
      .sort((a, b) => +new Date(a.due_at) - +new Date(b.due_at))
      .map((r) => ({
        kind: r.kind as WorkItemKind,
        dueAt: new Date(r.due_at).toISOString(),
        overdueDays: Math.max(0, Math.ceil((+day.start - +new Date(r.due_at)) / DAY)),
        reason: r.reason,
        lastAt: r.last_at ? new Date(r.last_at).toISOString() : null,
        residentId: r.kind === 'unit_inspection' || r.kind === 'unit_recheck' ? null : r.subject_id,
        unitId: r.kind === 'unit_inspection' || r.kind === 'unit_recheck' ? r.subject_id : null,
        communityId: r.community_id,
      }));
    return { date: day.date, counts, items };
  }
}
