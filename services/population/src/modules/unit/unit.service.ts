import { unitById } from './unit.loaders';
import { randomUUID } from 'node:crypto';
import { readsInClear } from '@cp/auth';
import {
  errors,
  holds,
  jurisdictionWhere,
  mutation,
  outsideJurisdiction,
  refuseAny,
  requireJurisdiction,
  userError,
  validateInput,
  type BaseContext,
} from '@cp/service-kit';
import { StandardAddressEntity } from '../address/address.entity';
import { CommunityEntity } from '../jurisdiction/jurisdiction.entity';
import { UnitEntity } from './unit.entity';
import { placeOf } from '../jurisdiction/place';
import type { RegisterUnitInput, Unit, UnitPayload } from './unit.type';

export const toUnit = (u: UnitEntity): Unit => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  key: u.key,
  contactName: u.contactName ?? null,
  contactPhoneClear: u.contactPhone ?? null,
  createdAt: u.createdAt.toISOString(),
  version: u.version,
  stationId: u.station.id,
  communityId: u.community.id,
  addressId: u.address?.id ?? null,
});

/** 实有单位: registered within the officer's jurisdiction, listed by community. */
export class UnitService {
  constructor(private readonly ctx: BaseContext) {}

  /** The contact's phone as this caller may see it (audited, like every personal field). */
  contactPhoneOf(u: Unit): string | null {
    return this.ctx.audit.disclose({ type: 'Unit', id: u.id }, 'contactPhone', 'phone', u.contactPhoneClear, readsInClear(this.ctx.claims, u));
  }

  async list(communityId?: string | null, key?: boolean | null): Promise<Unit[]> {
    const where: Record<string, unknown> = { ...jurisdictionWhere(requireJurisdiction(this.ctx.claims), 'station', 'community') };
    if (communityId) where.community = communityId;
    if (key !== undefined && key !== null) where.key = key;
    return (await this.ctx.em.find(UnitEntity, where, { orderBy: { key: 'desc', name: 'asc' }, limit: 500 })).map(toUnit);
  }

  async get(id: string): Promise<Unit | null> {
    const u = await this.ctx.em.findOne(UnitEntity, { id });
    if (!u) return null;
    if (!holds(this.ctx.claims, placeOf(u))) throw errors.outsideJurisdiction();
    return toUnit(u);
  }

  /** For federation references (a task about a unit): outside the jurisdiction reads as nothing. */
  async reference(id: string): Promise<Unit | null> {
    const u = await this.ctx.use(unitById).load(id);
    return u && holds(this.ctx.claims, placeOf(u)) ? toUnit(u) : null;
  }

  register(input: RegisterUnitInput): Promise<UnitPayload> {
    return mutation('unit', null, async () => {
      const problems = await validateInput(input);
      const community = await this.ctx.em.findOne(CommunityEntity, { id: input.communityId });
      if (!community) problems.push(userError('COMMUNITY_NOT_FOUND', '该社区不存在', 'communityId'));
      else {
        const outside = outsideJurisdiction(this.ctx.claims, { stationId: community.station.id, communityId: community.id }, '社区', 'communityId');
        if (outside) problems.push(outside);
      }
      if (input.addressId && !(await this.ctx.em.count(StandardAddressEntity, { id: input.addressId, community: input.communityId }))) {
        problems.push(userError('ADDRESS_NOT_STANDARD', '地址不在该社区的标准地址库中', 'addressId'));
      }
      refuseAny(problems);
      const unit = this.ctx.em.create(UnitEntity, {
        id: randomUUID(),
        name: input.name.trim(),
        kind: input.kind,
        key: input.key,
        station: community!.station,
        community: community!,
        address: input.addressId ?? null,
        contactName: input.contactName?.trim() || null,
        contactPhone: input.contactPhone || null,
      });
      await this.ctx.em.flush();
      return toUnit(unit);
    });
  }
}
