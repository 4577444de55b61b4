import { randomUUID } from 'node:crypto';
import { inJurisdiction, readsInClear, type Jurisdiction } from '@cp/auth';
import {
  authorize,
  countUpTo,
  errors,
  jurisdictionWhere,
  mutation,
  oncePerClientKey,
  orRefuse,
  pageSize,
  Refusal,
  refuse,
  refuseAny,
  requireJurisdiction,
  ordered,
  SortDirection,
  toPage,
  updateWithVersion,
  userError,
  validateInput,
  type BaseContext,
  type UserError,
} from '@cp/service-kit';
import { raw, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import { beijingToday } from '@cp/calendar';
import { lookUpAddress } from '../address/address.lookup';
import { keepRegistrationPlace } from '../located/located';
import { RegisteredSubject } from '../located/located.entity';
import { ResidentEntity } from '../resident/resident.entity';
import { HousingEntity, HousingUse } from './housing.entity';
import type {
  Housing,
  HousingConnection,
  HousingDetailsInput,
  HousingOrderField,
  HousingPayload,
  RegisterHousingInput,
  UpdateHousingInput,
} from './housing.type';
import { residentById } from '../resident/resident.loaders';
import { housingByAddress, housingById } from './housing.loaders';
import { placeOf } from '../jurisdiction/place';

export const toHousing = (h: HousingEntity): Housing => ({
  id: h.id,
  kind: h.kind,
  use: h.use,
  landlordName: h.landlordName ?? null,
  rentedSince: h.rentedSince ?? null,
  rentalRegisteredOn: h.rentalRegisteredOn ?? null,
  rentalRegistered: h.use === HousingUse.rented && !!h.rentalRegisteredOn,
  createdAt: h.createdAt.toISOString(),
  version: h.version,
  stationId: h.station.id,
  communityId: h.community.id,
  addressId: h.address.id,
  landlordId: h.landlord?.id ?? null,
  landlordPhoneClear: h.landlordPhone ?? null,
});

export interface HousingFilter {
  first?: number | null;
  after?: string | null;
  communityId?: string | null;
  gridId?: string | null;
  use?: HousingUse | null;
  /** Rentals not registered (出租未备案). */
  rentalUnregistered?: boolean | null;
  /** Nobody recorded as living there (for rentals: tenants not registered). */
  withoutOccupants?: boolean | null;
  search?: string | null;
  /** Jump to this many rows in (a page number), instead of `after`. */
  offset?: number | null;
  orderBy?: { field: HousingOrderField; direction: SortDirection } | null;
}

/** A fresh fragment for each statement: MikroORM lets a raw fragment serve one query. */
const nobodyLivesThere = () => raw((alias) => `not exists (select 1 from resident r where r.address_id = ${alias}.address_id)`);

/** 实有房屋: dwellings at standard addresses, their use, and rentals with landlord and registration. */
export class HousingService {
  constructor(private readonly ctx: BaseContext) {}

  private jurisdiction(): Jurisdiction {
    return requireJurisdiction(this.ctx.claims);
  }

  private visible(h: { station: { id: string }; community: { id: string } }): boolean {
    return inJurisdiction(this.jurisdiction(), { stationId: h.station.id, communityId: h.community.id });
  }

  /** The landlord's phone as this caller may see it (audited, like every personal field). */
  landlordPhoneOf(h: Housing): string | null {
    return this.ctx.audit.disclose({ type: 'Housing', id: h.id }, 'landlordPhone', 'phone', h.landlordPhoneClear, readsInClear(this.ctx.claims, h));
  }

  async get(id: string): Promise<Housing | null> {
    const h = await this.ctx.use(housingById).load(id);
    if (!h) return null;
    if (!this.visible(h)) throw errors.outsideJurisdiction();
    return toHousing(h);
  }

  /** The dwelling at an address as typed (normalised like any entry); null when none is registered there. */
  async atAddress(addressText: string): Promise<Housing | null> {
    const found = await lookUpAddress(this.ctx.em, addressText, 'addressText');
    if (found.error) return null;
    const h = await this.ctx.use(housingByAddress).load(found.address.id);
    if (!h) return null;
    if (!this.visible(h)) throw errors.outsideJurisdiction();
    return toHousing(h);
  }

  /** For federation references: outside the jurisdiction reads as nothing. */
  async reference(id: string): Promise<Housing | null> {
    const h = await this.ctx.use(housingById).load(id);
    return h && this.visible(h) ? toHousing(h) : null;
  }

  /** For Resident.housing: outside the jurisdiction reads as nothing. */
  async ofAddress(addressId: string): Promise<Housing | null> {
    const h = await this.ctx.use(housingByAddress).load(addressId);
    return h && this.visible(h) ? toHousing(h) : null;
  }

  /** The list's filters as SQL conditions, built afresh for each statement. */
  private listWhere(filter: HousingFilter): FilterQuery<HousingEntity>[] {
    const where: FilterQuery<HousingEntity>[] = [jurisdictionWhere(this.jurisdiction(), 'station', 'community')];
    if (filter.communityId) where.push({ community: filter.communityId });
    if (filter.gridId) where.push({ address: { grid: filter.gridId } });
    if (filter.use) where.push({ use: filter.use });
    if (filter.rentalUnregistered) where.push({ use: HousingUse.rented, rentalRegisteredOn: null });
    if (filter.withoutOccupants) where.push({ [nobodyLivesThere()]: true });
    const q = filter.search?.trim();
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
      where.push({ $or: [{ address: { fullText: { $like: like } } }, { landlordName: { $like: like } }] });
    }
    return where;
  }

  /** A page of dwellings in registration order (or by id), after a cursor or at an offset; `withTotal` counts every match. */
  async list(filter: HousingFilter, { withTotal = false } = {}): Promise<HousingConnection> {
    const limit = pageSize(filter.first);
    const order = ordered<HousingEntity>(filter.orderBy?.field ?? 'id', filter.orderBy?.direction ?? SortDirection.ASC, filter);
    const [rows, counted] = await Promise.all([
      this.ctx.em.find(HousingEntity, { $and: [...this.listWhere(filter), order.where] }, { orderBy: order.orderBy, offset: order.offset, limit: limit + 1 }),
      withTotal ? countUpTo(this.ctx.em, HousingEntity, { $and: this.listWhere(filter) }) : undefined,
    ]);
    const page = toPage(rows, limit, order.keyOf);
    return { nodes: page.nodes.map(toHousing), pageInfo: page.pageInfo, totalCount: counted?.count, totalCapped: counted?.capped };
  }

  register(input: RegisterHousingInput): Promise<HousingPayload> {
    const replay = async (clientKey: string) => {
      const mine = await this.ctx.em.findOne(HousingEntity, { clientKey, registeredBy: this.ctx.claims?.sub ?? '' });
      return mine && toHousing(mine);
    };
    return mutation('housing', null, () => oncePerClientKey(input.clientKey, replay, () => this.write(input)));
  }

  private async write(input: RegisterHousingInput): Promise<Housing> {
    const problems = [...(await validateInput(input)), ...checkDetails(input)];
    refuseAny(problems);
    const found = await lookUpAddress(this.ctx.em, input.addressText, 'addressText');
    if (found.error) throw new Refusal([found.error]);
    const address = found.address;
    const community = address.community;
    await this.ctx.em.populate(address, ['community.station']);
    authorize(this.ctx.claims, placeOf({ station: community.station, community }), '房屋', 'addressText');
    const landlord = await this.landlord(input);
    if (landlord.error) throw new Refusal([landlord.error]);
    const duplicate = (): never => refuse('HOUSING_DUPLICATE', '该地址已登记房屋，请在原记录上修改', 'addressText');
    if (await this.ctx.em.count(HousingEntity, { address })) return duplicate();
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const housing = tx.create(HousingEntity, {
          id: randomUUID(),
          address,
          station: community.station,
          community,
          ...details(input, landlord.resident),
          registeredBy: this.ctx.claims?.sub ?? null,
          clientKey: input.clientKey ?? null,
        });
        await keepRegistrationPlace(tx, this.ctx.claims, { type: RegisteredSubject.housing, id: housing.id, communityId: community.id }, input.position);
        await tx.flush();
        return toHousing(housing);
      });
    } catch (err) {
      // registered meanwhile at the same address (a resend of the same key is oncePerClientKey's)
      if (err instanceof UniqueConstraintViolationException && !String(err.message).includes('client_key')) return duplicate();
      throw err;
    }
  }

  /** Use and rental details change together; a concurrent edit since `version` is refused. */
  update(input: UpdateHousingInput): Promise<HousingPayload> {
    return mutation('housing', null, async () => {
      const problems = [...(await validateInput(input)), ...checkDetails(input)];
      refuseAny(problems);
      const housing = await this.ctx.em.findOne(HousingEntity, { id: input.id });
      if (!housing) refuse('HOUSING_NOT_FOUND', '该房屋不存在', 'id');
      authorize(this.ctx.claims, placeOf(housing), '房屋', 'id');
      const landlord = await this.landlord(input);
      if (landlord.error) throw new Refusal([landlord.error]);
      const result = await updateWithVersion(this.ctx.em, housing, input.version, (_em, h) => Object.assign(h, details(input, landlord.resident)));
      return toHousing(orRefuse(result));
    });
  }

  private async landlord(input: HousingDetailsInput): Promise<{ resident: ResidentEntity | null; error?: UserError }> {
    if (!input.landlordResidentId) return { resident: null };
    const resident = await this.ctx.use(residentById).load(input.landlordResidentId);
    return resident ? { resident } : { resident: null, error: userError('HOUSING_LANDLORD_NOT_FOUND', '所选房主不在实有人口中', 'landlordResidentId') };
  }
}

/** A rental needs its landlord and start; its registration is not in the future. */
export function checkDetails(input: HousingDetailsInput): UserError[] {
  const problems: UserError[] = [];
  if (input.use !== HousingUse.rented) return problems;
  const today = beijingToday();
  if (!input.landlordName?.trim() && !input.landlordResidentId) {
    problems.push(userError('HOUSING_LANDLORD_REQUIRED', '出租房屋须填写房主（出租人）', 'landlordName'));
  }
  if (!input.rentedSince) problems.push(userError('HOUSING_RENTED_SINCE_REQUIRED', '出租房屋须填写出租起始日期', 'rentedSince'));
  else if (input.rentedSince > today) problems.push(userError('HOUSING_RENTED_SINCE_FUTURE', '出租起始日期不能晚于今天', 'rentedSince'));
  const registered = input.rentalRegisteredOn;
  if (registered && registered > today) problems.push(userError('HOUSING_RENTAL_REGISTERED_FUTURE', '登记备案日期不能晚于今天', 'rentalRegisteredOn'));
  return problems;
}

/** The stored details: rental dates only for rentals; a landlord who is a resident gives the name. */
function details(input: HousingDetailsInput, landlord: ResidentEntity | null) {
  const rented = input.use === HousingUse.rented;
  return {
    kind: input.kind,
    use: input.use,
    landlord,
    landlordName: landlord?.name ?? (input.landlordName?.trim() || null),
    landlordPhone: input.landlordPhone || null,
    rentedSince: rented ? input.rentedSince! : null,
    rentalRegisteredOn: rented ? (input.rentalRegisteredOn ?? null) : null,
  };
}
