import { randomUUID } from 'node:crypto';
import { atVersion, found, mutation, refuse, type BaseContext } from '@cp/service-kit';
import { departmentFor } from '../federation/places';
import { TaskTemplateEntity, TaskWay } from '../template/template.entity';
import { AdmissionStatus, TemplateAdmissionEntity } from './admission.entity';
import type { DecideAdmissionInput, RequestAdmissionInput, TemplateAdmission } from './admission.type';

/** Whether an admission lets pushes through at `at`: approved and not yet expired. */
export const inForce = (a: TemplateAdmissionEntity, at: Date): boolean => a.status === AdmissionStatus.approved && (!a.expiresAt || a.expiresAt > at);

export const toAdmission = (a: TemplateAdmissionEntity, now = new Date()): TemplateAdmission => ({
  id: a.id,
  templateCode: a.templateCode,
  departmentCode: a.departmentCode,
  reason: a.reason,
  requestedByName: a.requestedByName,
  requestedAt: a.requestedAt.toISOString(),
  status: a.status,
  decidedByName: a.decidedByName ?? null,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  decisionNote: a.decisionNote ?? null,
  expiresAt: a.expiresAt?.toISOString() ?? null,
  inForce: inForce(a, now),
  version: a.version,
});

/** 准入: departments ask for a template to reach community officers; the district decides. */
export class AdmissionService {
  constructor(private readonly ctx: BaseContext) {}

  list(): Promise<TemplateAdmissionEntity[]> {
    return this.ctx.em.find(TemplateAdmissionEntity, {}, { orderBy: { requestedAt: 'desc' }, limit: 200 });
  }

  request(input: RequestAdmissionInput) {
    return mutation('admission', input, async () => {
      const template = found(
        await this.ctx.em.findOne(TaskTemplateEntity, { code: input.templateCode, active: true }),
        'TASK_TEMPLATE_NOT_FOUND',
        '任务标准件',
        'templateCode',
      );
      if (!template.ways.includes(TaskWay.pushed)) refuse('TASK_TEMPLATE_NOT_PUSHABLE', `「${template.name}」只能由派出所下达，不接受部门推送`, 'templateCode');
      await departmentFor(this.ctx, input.departmentCode);
      const claims = this.ctx.claims!;
      const a = this.ctx.em.create(TemplateAdmissionEntity, {
        id: randomUUID(),
        templateCode: template.code,
        departmentCode: input.departmentCode,
        reason: input.reason.trim(),
        requestedBy: claims.sub,
        requestedByName: claims.name,
        requestedAt: new Date(),
        status: AdmissionStatus.pending,
      });
      await this.ctx.em.flush();
      return toAdmission(a);
    });
  }

  decide(input: DecideAdmissionInput) {
    return mutation('admission', input, async () => {
      const a = found(await this.ctx.em.findOne(TemplateAdmissionEntity, { id: input.id }), 'ADMISSION_NOT_FOUND', '准入申请');
      // nobody approves their own request
      if (a.requestedBy === this.ctx.claims!.sub) refuse('ADMISSION_SELF_DECISION', '不能审核本人提出的准入申请', 'id');
      if (a.status !== AdmissionStatus.pending) refuse('ADMISSION_DECIDED', '该申请已审核', 'id');
      const expiresAt = input.approve && input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt <= new Date()) refuse('ADMISSION_EXPIRY_PAST', '有效期须晚于现在', 'expiresAt');
      const claims = this.ctx.claims!;
      return atVersion(this.ctx.em, a, input.version, (_tx, row) => {
        Object.assign(row, {
          status: input.approve ? AdmissionStatus.approved : AdmissionStatus.rejected,
          decidedBy: claims.sub,
          decidedByName: claims.name,
          decidedAt: new Date(),
          decisionNote: input.note.trim(),
          expiresAt,
        });
        return toAdmission(row);
      });
    });
  }
}
