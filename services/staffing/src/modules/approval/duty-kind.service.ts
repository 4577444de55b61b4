import { atVersion, mutation, refuse, type BaseContext } from '@cp/service-kit';
import { DutyKindEntity, RestrictedDuty } from './approval.entity';
import { DUTY_KINDS } from './four-prohibitions';
import type { DutyKind, DutyKindPayload, SaveDutyKindInput } from './approval.type';

export const toDutyKind = (k: DutyKindEntity): DutyKind => ({
  code: k.code,
  name: k.name,
  restricts: k.restricts ?? null,
  active: k.active,
  version: k.version,
});

const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * 勤务类别: the district's closed list of what officers are put on. A kind the texts name keeps its
 * prohibition (a district may not make patrol cars or casework free for full-time officers); the
 * district adds its own kinds and says which prohibition each falls under.
 */
export class DutyKindService {
  constructor(private readonly ctx: BaseContext) {}

  async list(all: boolean): Promise<DutyKind[]> {
    return (await this.ctx.em.find(DutyKindEntity, all ? {} : { active: true }, { orderBy: { code: 'asc' } })).map(toDutyKind);
  }

  save(input: SaveDutyKindInput): Promise<DutyKindPayload> {
    return mutation('dutyKind', input, async () => {
      if (!CODE.test(input.code)) refuse('DUTY_KIND_CODE', '代码须以小写字母开头，只含小写字母、数字与下划线', 'code');
      if (input.restricts === RestrictedDuty.transfer) refuse('DUTY_KIND_RESTRICTS', '抽调、更换是审批事项，不是勤务类别', 'restricts');
      const texts = DUTY_KINDS.find((k) => k.code === input.code);
      if (texts?.restricts && (input.restricts ?? null) !== texts.restricts)
        refuse('DUTY_KIND_RULE_FIXED', `“${texts.name}”属四不准所列勤务，其限制不能取消或更改`, 'restricts');
      const existing = await this.ctx.em.findOne(DutyKindEntity, { code: input.code });
      const values = { name: input.name.trim(), restricts: input.restricts ?? null, active: input.active ?? true };
      if (!existing) {
        const made = this.ctx.em.create(DutyKindEntity, { code: input.code, ...values, version: 1 });
        await this.ctx.em.flush();
        return toDutyKind(made);
      }
      if (input.version == null) refuse('DUTY_KIND_EXISTS', '该代码已存在；修改时请带上读取时的版本', 'code');
      return toDutyKind(await atVersion(this.ctx.em, existing, input.version, (_tx, k) => Object.assign(k, values)));
    });
  }
}
