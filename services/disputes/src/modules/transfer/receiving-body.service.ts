import { randomUUID } from 'node:crypto';
import { atVersion, found, mutation, refuse, type BaseContext } from '@cp/service-kit';
import { ReceivingBodyEntity, type TransferTarget } from './transfer.entity';
import type { ReceivingBody, ReceivingBodyPayload, SaveReceivingBodyInput } from './transfer.type';

export const toReceivingBody = (b: ReceivingBodyEntity): ReceivingBody => ({
  id: b.id,
  target: b.target,
  name: b.name,
  stationId: b.stationId ?? null,
  phone: b.phone ?? null,
  active: b.active,
  version: b.version,
});

/** 接收单位名录: the district keeps it; a transfer names a body from it, never free text. */
export class ReceivingBodyService {
  constructor(private readonly ctx: BaseContext) {}

  /** The district's own bodies and, given a station, that area's; active ones unless asked. */
  async list(filter: { stationId?: string | null; target?: TransferTarget | null; includeInactive?: boolean | null }): Promise<ReceivingBody[]> {
    const where: Record<string, unknown> = {};
    if (filter.stationId) where.$or = [{ stationId: null }, { stationId: filter.stationId }];
    if (filter.target) where.target = filter.target;
    if (!filter.includeInactive) where.active = true;
    return (await this.ctx.em.find(ReceivingBodyEntity, where, { orderBy: { target: 'asc', name: 'asc' } })).map(toReceivingBody);
  }

  save(input: SaveReceivingBodyInput): Promise<ReceivingBodyPayload> {
    return mutation('receivingBody', input, async () => {
      const values = {
        target: input.target,
        name: input.name.trim(),
        stationId: input.stationId ?? null,
        phone: input.phone?.trim() || null,
        active: input.active ?? true,
      };
      const same = await this.ctx.em.findOne(ReceivingBodyEntity, { name: values.name });
      if (same && same.id !== input.id) refuse('RECEIVING_BODY_EXISTS', `名录中已有“${values.name}”`, 'name');
      if (!input.id) {
        const made = this.ctx.em.create(ReceivingBodyEntity, { id: randomUUID(), ...values, version: 1 });
        await this.ctx.em.flush();
        return toReceivingBody(made);
      }
      const body = found(await this.ctx.em.findOne(ReceivingBodyEntity, { id: input.id }), 'RECEIVING_BODY_NOT_FOUND', '接收单位');
      if (input.version == null) refuse('VERSION_REQUIRED', '修改时请带上读取时的版本', 'version');
      return toReceivingBody(await atVersion(this.ctx.em, body, input.version, (_tx, b) => Object.assign(b, values)));
    });
  }

  /** The body a transfer goes to: in the directory, active, of the kind chosen and serving the dispute's station. */
  async forTransfer(id: string | null | undefined, target: TransferTarget, stationId: string): Promise<ReceivingBodyEntity> {
    if (!id) refuse('TRANSFER_RECEIVER_REQUIRED', '请从接收单位名录中选择接收单位', 'receiverId');
    const body = await this.ctx.em.findOne(ReceivingBodyEntity, { id });
    if (!body || !body.active || body.target !== target || (body.stationId && body.stationId !== stationId))
      refuse('TRANSFER_RECEIVER_UNKNOWN', '接收单位不在本辖区该类接收单位的名录中（或已停用）', 'receiverId');
    return body;
  }
}
