import { randomUUID } from 'node:crypto';
import { beijingDay } from '@cp/calendar';
import {
  atVersion,
  found,
  ledgerOf,
  LEDGER_MAX_ROWS,
  managesStation,
  mutation,
  Refusal,
  refuse,
  requireJurisdiction,
  requireScope,
  type BaseContext,
} from '@cp/service-kit';
import { inForce } from '../admission/admission.service';
import { TemplateAdmissionEntity } from '../admission/admission.entity';
import { communityOfficerFor, departmentFor, officerFor, visitsSince, type TaskOfficer } from '../federation/places';
import { PushAttemptEntity } from '../push/push.entity';
import { TaskDoneBy, TaskTemplateEntity, TaskWay } from '../template/template.entity';
import { TaskEntity, TaskStatus } from './task.entity';
import { checkTemplateFor } from './task.rules';
import { TASK_EVENTS, TaskEventKind, type TaskEventMessage } from '../daily/daily.type';
import { standingWorkOf, type StandingWork } from '../standing/standing.service';
import type { CompleteTaskInput, Task, TaskInbox, TaskInput, TaskLedger } from './task.type';

const DAY = 86_400_000;

export const toTask = (t: TaskEntity, now = new Date()): Task => ({
  id: t.id,
  templateCode: t.templateCode,
  way: t.way,
  title: t.title,
  detail: t.detail ?? null,
  issuerName: t.issuerName,
  departmentCode: t.departmentCode ?? null,
  officerId: t.officerId,
  subjectType: t.subjectType ?? null,
  subjectId: t.subjectId ?? null,
  issuedAt: t.issuedAt.toISOString(),
  dueAt: t.dueAt.toISOString(),
  status: t.status,
  overdue: t.status === TaskStatus.open && t.dueAt < now,
  doneAt: t.doneAt?.toISOString() ?? null,
  recordId: t.recordId ?? null,
  report: t.report ?? null,
  version: t.version,
});

/** The kinds of record that close a task about a resident or a unit. */
const CLOSING_KINDS: Partial<Record<TaskDoneBy, string[]>> = {
  [TaskDoneBy.resident_visit]: ['visit', 'verification'],
  [TaskDoneBy.unit_inspection]: ['inspection', 'recheck'],
};

/** Directed and pushed tasks: issued by the rules of their template, closed by the record it names. */
export class TaskService {
  constructor(private readonly ctx: BaseContext) {}

  private template(code: string, way: TaskWay) {
    return this.ctx.em.findOne(TaskTemplateEntity, { code, active: true }).then((t) => {
      const template = found(t, 'TASK_TEMPLATE_NOT_FOUND', '任务标准件', 'templateCode');
      if (!template.ways.includes(way)) {
        refuse('TASK_WAY_NOT_ALLOWED', way === TaskWay.pushed ? `「${template.name}」不接受部门推送` : `「${template.name}」不能由派出所下达`, 'templateCode');
      }
      return template;
    });
  }

  /** 指令任务: the station head (or district) to an officer of the station, or the station's team lead to its officers. */
  issue(input: TaskInput) {
    return mutation('task', input, async () => {
      const template = await this.template(input.templateCode, TaskWay.directed);
      const officer = await this.assignee(input);
      await this.authorizeDirecting(officer.stationId);
      checkTemplateFor(template, officer, { type: input.subjectType, id: input.subjectId });
      return toTask(await this.create(input, template, officer, TaskWay.directed));
    });
  }

  /** To a named officer, or to a community's A-post officer. */
  private assignee(input: TaskInput): Promise<TaskOfficer> {
    if (input.officerId) return officerFor(this.ctx, input.officerId);
    if (input.communityId) return communityOfficerFor(this.ctx, input.communityId);
    refuse('TASK_ASSIGNEE_REQUIRED', '请指定警员或社区', 'officerId');
  }

  private async authorizeDirecting(stationId: string): Promise<void> {
    if (managesStation(this.ctx.claims, stationId)) return;
    const { officerId } = this.ctx.claims!;
    if (officerId) {
      const me = await officerFor(this.ctx, officerId);
      if (me.role === 'community_team_lead' && me.stationId === stationId) return;
    }
    refuse('TASK_ISSUER_NOT_ALLOWED', '只有本所所长或社区警务队长可以向该警员下达任务', 'officerId');
  }

  /**
   * 推送任务 through the admission gate: refused unless the district admitted this template for
   * this department and it is still in force; quotas never reach full-time community officers.
   * Every attempt is counted, refused or not, in a statement of its own.
   */
  push(departmentCode: string, input: TaskInput) {
    return mutation('task', input, async () => {
      const claims = this.ctx.claims!;
      const partner = claims.roles.includes('partner');
      if (partner) {
        // a department's own system: as that department only, to the communities it serves
        requireScope(claims, 'tasks:push');
        if (claims.departmentCode !== departmentCode) refuse('TASK_DEPARTMENT_NOT_YOURS', '只能以本客户端所代表的职能部门名义推送', 'departmentCode');
        if (!input.communityId || input.officerId) refuse('TASK_COMMUNITY_REQUIRED', '合作平台推送须指定社区（由该社区 A 岗民警承办）', 'communityId');
        if (!claims.communityIds.includes(input.communityId)) refuse('OUTSIDE_JURISDICTION', '该社区不在本客户端的覆盖范围内', 'communityId');
      }
      const department = await departmentFor(this.ctx, departmentCode);
      let officerId: string | null = null;
      try {
        const template = await this.template(input.templateCode, TaskWay.pushed);
        const officer = await this.assignee(input);
        officerId = officer.id;
        const now = new Date();
        checkTemplateFor(template, officer, { type: input.subjectType, id: input.subjectId });
        const admissions = await this.ctx.em.find(TemplateAdmissionEntity, { departmentCode: department.code, templateCode: template.code });
        if (!admissions.some((a) => inForce(a, now))) {
          refuse('TASK_NOT_ADMITTED', `「${template.name}」未经分局准入（或准入已过期），不能推送给社区民警`, 'templateCode');
        }
        const task = await this.create(input, template, officer, TaskWay.pushed, department.code);
        await this.count(department.code, input.templateCode, officerId, null);
        return toTask(task);
      } catch (err) {
        if (err instanceof Refusal) await this.count(department.code, input.templateCode, officerId, err.errors[0]?.code ?? 'REFUSED');
        throw err;
      }
    });
  }

  private count(departmentCode: string, templateCode: string, officerId: string | null, reasonCode: string | null) {
    return this.ctx.em
      .fork()
      .insert(PushAttemptEntity, { id: randomUUID(), departmentCode, templateCode, officerId, at: new Date(), admitted: !reasonCode, reasonCode });
  }

  /** Due by the template's rule unless the issuer names a later time. */
  private async create(input: TaskInput, template: TaskTemplateEntity, officer: TaskOfficer, way: TaskWay, departmentCode: string | null = null) {
    const claims = this.ctx.claims!;
    const issuedAt = new Date();
    const dueAt = input.dueAt ? new Date(input.dueAt) : new Date(+issuedAt + template.dueDays * DAY);
    if (dueAt <= issuedAt) refuse('TASK_DUE_PAST', '完成期限须晚于现在', 'dueAt');
    // the task and its event in one transaction: the officer's open inbox hears of it when it commits
    return this.ctx.em.transactional(async (tx) => {
      const task = tx.create(TaskEntity, {
        id: randomUUID(),
        templateCode: template.code,
        way,
        title: input.title.trim(),
        detail: input.detail?.trim() || null,
        issuedBy: claims.sub,
        issuerName: claims.name,
        departmentCode,
        officerId: officer.id,
        stationId: officer.stationId,
        subjectType: input.subjectType ?? null,
        subjectId: input.subjectId ?? null,
        issuedAt,
        dueAt,
        status: TaskStatus.open,
      });
      await tx.flush();
      await this.ctx.events.publish(tx, TASK_EVENTS, { officerId: task.officerId, kind: TaskEventKind.task, taskId: task.id } satisfies TaskEventMessage);
      return task;
    });
  }

  /** Done only when the record the template asks for exists: a visit or inspection made since the task was issued, or a written report. */
  complete(input: CompleteTaskInput) {
    return mutation('task', input, async () => {
      const task = found(await this.ctx.em.findOne(TaskEntity, { id: input.id }), 'TASK_NOT_FOUND', '任务');
      if (task.officerId !== this.ctx.claims!.officerId) refuse('TASK_NOT_YOURS', '只能完成派给本人的任务', 'id');
      if (task.status === TaskStatus.done) refuse('TASK_ALREADY_DONE', '该任务已完成', 'id');
      const template = found(await this.ctx.em.findOne(TaskTemplateEntity, { code: task.templateCode }), 'TASK_TEMPLATE_NOT_FOUND', '任务标准件');
      let recordId: string | null = null;
      const report = input.report?.trim() || null;
      const kinds = CLOSING_KINDS[template.doneBy];
      if (kinds) {
        const record = (await visitsSince(this.ctx, task.subjectId!, task.issuedAt)).find((v) => kinds.includes(v.kind) && v.outcome !== 'not_met');
        if (!record) {
          refuse(
            'TASK_RECORD_MISSING',
            template.doneBy === TaskDoneBy.resident_visit ? '尚无下达后对该人员的走访或核查记录：请先记录走访' : '尚无下达后对该单位的检查记录：请先记录检查',
            'id',
          );
        }
        recordId = record.id;
      } else if (!report || report.length < 10) {
        refuse('TASK_REPORT_REQUIRED', '请书面反馈发现的情况（至少 10 字）', 'report');
      }
      return atVersion(this.ctx.em, task, input.version, (_tx, t) => {
        Object.assign(t, { status: TaskStatus.done, doneAt: new Date(), recordId, report });
        return toTask(t);
      });
    });
  }

  /**
   * The signed-in officer's one inbox: the standing work the rules make due, and what was directed
   * or pushed to them (open, earliest due first, and what they closed in the last 30 days).
   */
  async inbox(now = new Date()): Promise<TaskInbox> {
    const officerId = this.ctx.claims?.officerId;
    if (!officerId) return { open: 0, dueToday: 0, overdue: 0, done: 0, tasks: [], standing: [] };
    const [rows, standing] = await Promise.all([
      this.ctx.em.find(
        TaskEntity,
        { officerId, $or: [{ status: TaskStatus.open }, { doneAt: { $gte: new Date(+now - 30 * DAY) } }] },
        { orderBy: { dueAt: 'asc' }, limit: 200 },
      ),
      standingWorkOf(this.ctx.gateway, officerId, now).catch((err: unknown): StandingWork | null => {
        this.ctx.log.warn({ err }, 'standing work unavailable');
        return null;
      }),
    ]);
    const { end } = beijingDay(now);
    const open = rows.filter((t) => t.status === TaskStatus.open);
    return {
      open: open.length + (standing?.open ?? 0),
      dueToday: open.filter((t) => t.dueAt >= now && t.dueAt < end).length + (standing?.dueToday ?? 0),
      overdue: open.filter((t) => t.dueAt < now).length + (standing?.overdue ?? 0),
      done: rows.length - open.length,
      // open first, earliest due first; then what was done, latest first
      tasks: [...open, ...rows.filter((t) => t.status === TaskStatus.done).sort((a, b) => +b.doneAt! - +a.doneAt!)].map((t) => toTask(t, now)),
      standing: standing?.tasks ?? null,
    };
  }

  /** 任务台账: what was issued in [from, to) and how it ended; an officer reads their own only. */
  async ledger(from: Date, to: Date, filter: { stationId?: string; officerId?: string }): Promise<TaskLedger> {
    const claims = this.ctx.claims!;
    const j = requireJurisdiction(claims);
    const scope = j.all ? {} : claims.roles.includes('station_head') ? { stationId: { $in: j.stationIds } } : { officerId: claims.officerId ?? '' };
    const rows = await this.ctx.em.find(
      TaskEntity,
      // each condition apart: a filter must narrow the caller's scope, never replace it
      {
        $and: [
          { issuedAt: { $gte: from, $lt: to } },
          scope,
          filter.stationId ? { stationId: filter.stationId } : {},
          filter.officerId ? { officerId: filter.officerId } : {},
        ],
      },
      { orderBy: { issuedAt: 'asc', id: 'asc' }, limit: LEDGER_MAX_ROWS + 1 },
    );
    return ledgerOf(rows, (t) => toTask(t));
  }
}
