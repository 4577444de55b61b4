import { inJurisdiction, isPlatformService, readsInClear, readsInClearAnywhere, type Jurisdiction } from '@cp/auth';
import {
  authorize,
  countUpTo,
  DomainError,
  errors,
  jurisdictionWhere,
  mutation,
  oncePerClientKey,
  ordered,
  orRefuse,
  pageSize,
  Refusal,
  refuse,
  refuseAny,
  requireJurisdiction,
  requireScope,
  SortDirection,
  toPage,
  updateWithVersion,
  validateInput,
  type BaseContext,
} from '@cp/service-kit';
import { raw, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import type { StandardAddressEntity } from '../address/address.entity';
import { beijingDay } from '@cp/calendar';
import { lookUpAddress } from '../address/address.lookup';
import { RESIDENT_OVERDUE } from '../worklist/worklist.sql';
import { CommunityEntity } from '../jurisdiction/jurisdiction.entity';
import { checkDates, checkDocument } from './resident.checks';
import { ResidentEntity, ResidentKind } from './resident.entity';
import type { RecordResidenceRegistrationInput, RegisterResidentInput, UpdateResidentContactInput } from './resident.inputs';
import { documentField, toResident, type ResidentRow } from './resident.mapper';
import type { RegisterResidentPayload, Resident, ResidentConnection, ResidentOrderField, UpdateResidentPayload } from './resident.type';
import { residentById } from './resident.loaders';
import { keptFor } from '../merge/merge.loaders';
import { keepRegistrationPlace } from '../located/located';
import { RegisteredSubject } from '../located/located.entity';
import { placeOf } from '../jurisdiction/place';

const isDocumentNumber = (q: string) => /^\d{6,17}[\dXx]?$/.test(q) || /^[A-Za-z]{1,2}\d{6,18}$/.test(q);

/** An ID or passport number finds its holder; anything else matches names and addresses. */
function searchWhere(q: string): FilterQuery<ResidentEntity> {
  if (isDocumentNumber(q)) return { idNumber: q.toUpperCase() };
  const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  return { $or: [{ name: { $like: like } }, { address: { fullText: { $like: like } } }] };
}

export interface ResidentFilter {
  first?: number | null;
  after?: string | null;
  communityId?: string | null;
  search?: string | null;
  kind?: ResidentKind | null;
  gridId?: string | null;
  /** Listed (and still listed) in this focus category. */
  focusCategory?: string | null;
  /** With a verification or focus visit overdue (as on the worklist). */
  overdue?: boolean | null;
  /** Floating residents whose residence registration is (true) or is not (false) recorded. */
  residenceRegistered?: boolean | null;
  /** Jump to this many rows in (a page number), instead of `after`. */
  offset?: number | null;
  orderBy?: { field: ResidentOrderField; direction: SortDirection } | null;
}

/** The rules about residents: who may see whom, what may be registered. */
export class ResidentService {
  constructor(private readonly ctx: BaseContext) {}

  private jurisdiction(): Jurisdiction {
    requireScope(this.ctx.claims, 'residents:read');
    return requireJurisdiction(this.ctx.claims);
  }

  private visible(e: ResidentEntity): boolean {
    return inJurisdiction(this.jurisdiction(), { stationId: e.station.id, communityId: e.community.id });
  }

  /** Every record served is a read of a person's record, audited whoever reads it. */
  private present(e: ResidentEntity | ResidentRow): Resident {
    const r = toResident(e);
    r.reveal = readsInClear(this.ctx.claims, r);
    this.ctx.audit.record('Resident', r.id, 'name', !r.reveal);
    return r;
  }

  /** The document number as this caller may see it (audited, like every personal field). */
  idNumberOf(r: Resident): string {
    return this.ctx.audit.disclose({ type: 'Resident', id: r.id }, 'idNumber', documentField(r.documentKind), r.idNumberClear, r.reveal)!;
  }

  phoneOf(r: Resident): string | null {
    return this.ctx.audit.disclose({ type: 'Resident', id: r.id }, 'phone', 'phone', r.phoneClear, r.reveal);
  }

  /** Withheld from masked callers: with the birth date, the masked ID number is the full one. */
  birthDateOf(r: Resident): string | null {
    return this.ctx.audit.disclose({ type: 'Resident', id: r.id }, 'birthDate', 'birthDate', r.birthDateClear, r.reveal);
  }

  /** A record by id; the id of a duplicate merged away leads to the record it was merged into. */
  private async load(id: string): Promise<ResidentEntity | null> {
    const e = await this.ctx.use(residentById).load(id);
    if (e) return e;
    const kept = await this.ctx.use(keptFor).load(id);
    return kept ? this.ctx.use(residentById).load(kept) : null;
  }

  /** Those of `rows` the caller may see, as they may see them (a housing's occupants, say). */
  visibleOf(rows: ResidentEntity[]): Resident[] {
    return rows.filter((e) => this.visible(e)).map((e) => this.present(e));
  }

  /**
   * Where residents belong, for the platform's services checking a reference (a dispute's
   * party): ids and places only, no personal data, and for services only — to anyone else it
   * would say where a person lives.
   */
  async places(ids: string[]): Promise<Array<{ id: string; stationId: string; communityId: string }>> {
    if (!isPlatformService(this.ctx.claims)) throw errors.unauthorized();
    const rows = await Promise.all(ids.map((id) => this.load(id)));
    return rows.flatMap((e, i) => (e ? [{ id: ids[i], stationId: e.station.id, communityId: e.community.id }] : []));
  }

  /** One resident; an error when it lies outside the caller's jurisdiction. */
  async get(id: string): Promise<Resident | null> {
    const e = await this.load(id);
    if (!e) return null;
    if (!this.visible(e)) throw errors.outsideJurisdiction();
    return this.present(e);
  }

  /** For federation references: outside the jurisdiction reads as nothing. */
  async reference(id: string): Promise<Resident | null> {
    if (this.ctx.claims?.roles.includes('partner') && !this.ctx.claims.scopes?.includes('residents:read')) return null;
    const e = await this.load(id);
    return e && this.visible(e) ? this.present(e) : null;
  }

  /** The list's filters as SQL conditions: built afresh for each statement (a raw fragment serves one query). */
  private listWhere(filter: ResidentFilter): FilterQuery<ResidentEntity>[] {
    const where: FilterQuery<ResidentEntity>[] = [jurisdictionWhere(this.jurisdiction(), 'station', 'community')];
    if (filter.communityId) where.push({ community: filter.communityId });
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.gridId) where.push({ address: { grid: filter.gridId } });
    if (filter.focusCategory) {
      const listed = raw(
        (alias) => `exists (select 1 from focus_person f where f.resident_id = ${alias}.id and f.category_code = ? and f.ended_at is null)`,
        [filter.focusCategory],
      );
      where.push({ [listed]: true });
    }
    if (filter.residenceRegistered !== null && filter.residenceRegistered !== undefined) {
      where.push({ kind: ResidentKind.floating, residenceRegisteredOn: filter.residenceRegistered ? { $ne: null } : null });
    }
    if (filter.overdue) {
      const today = beijingDay(new Date()).start;
      where.push({ [raw((alias) => RESIDENT_OVERDUE(alias), [today, today])]: true });
    }
    const q = filter.search?.trim();
    // for a caller who sees only masks, a search by the full number would confirm it: refused
    if (q && isDocumentNumber(q) && !readsInClearAnywhere(this.ctx.claims)) {
      throw new DomainError('SEARCH_BY_DOCUMENT_NOT_ALLOWED', '您只能查看脱敏的证件号码，不能按证件号码查询；请按姓名或地址查询', 'search');
    }
    if (q) where.push(searchWhere(q));
    return where;
  }

  /**
   * A page of residents in the order asked (by id when none), after a cursor or at an offset;
   * `withCommunity` joins their communities in, `withTotal` counts every match (one statement more).
   */
  async list(filter: ResidentFilter, { withCommunity = false, withTotal = false } = {}): Promise<ResidentConnection> {
    const limit = pageSize(filter.first);
    const order = ordered<ResidentRow>(filter.orderBy?.field ?? 'id', filter.orderBy?.direction ?? SortDirection.ASC, filter);
    // Plain rows, not entities: building and registering 200 entities was most of a page's CPU.
    const qb = this.ctx.em
      .createQueryBuilder(ResidentEntity, 'r')
      .select('*')
      .where({ $and: [...this.listWhere(filter), order.where] })
      .orderBy(order.orderBy)
      .offset(order.offset)
      .limit(limit + 1);
    if (withCommunity) qb.join('r.community', 'c').addSelect(['c.code as community_code', 'c.name as community_name', 'c.station_id as community_station']);
    const total = withTotal ? countUpTo(this.ctx.em, ResidentEntity, { $and: this.listWhere(filter) }) : undefined;
    const [rows, counted] = await Promise.all([
      qb.execute('all', true) as unknown as Promise<Array<ResidentRow & Partial<Record<'community_code' | 'community_name' | 'community_station', string>>>>,
      total,
    ]);
    const page = toPage(rows, limit, order.keyOf);
    const nodes = page.nodes.map((row) => {
      const r = this.present(row);
      if (row.community_name !== undefined) {
        r.joinedCommunity = { id: r.communityId, code: row.community_code!, name: row.community_name, stationId: row.community_station! };
      }
      return r;
    });
    return { nodes, pageInfo: page.pageInfo, totalCount: counted?.count, totalCapped: counted?.capped };
  }

  /**
   * 采集即录入、录入即核查: the entry is checked as it is made. Refusals come back as coded
   * Chinese errors naming the field; nothing is written unless everything passes.
   */
  register(input: RegisterResidentInput): Promise<RegisterResidentPayload> {
    const replay = async (clientKey: string) => {
      const mine = await this.ctx.em.findOne(ResidentEntity, { clientKey, registeredBy: this.ctx.claims?.sub ?? '' });
      return mine && this.present(mine);
    };
    return mutation('resident', null, () => oncePerClientKey(input.clientKey, replay, () => this.write(input)));
  }

  private async write(input: RegisterResidentInput) {
    const problems = await validateInput(input);
    const document = checkDocument(input, problems);
    if (document) problems.push(...checkDates(input, document.birthDate));
    // checkDocument gives no document only with a problem that says why
    if (problems.length || !document) throw new Refusal(problems);

    const community = await this.ctx.em.findOne(CommunityEntity, { id: input.communityId });
    if (!community) refuse('COMMUNITY_NOT_FOUND', '所选社区不存在', 'communityId');
    authorize(this.ctx.claims, { stationId: community.station.id, communityId: community.id }, '社区', 'communityId');
    let address: StandardAddressEntity | null = null;
    if (input.addressText?.trim()) {
      const found = await lookUpAddress(this.ctx.em, input.addressText, 'addressText');
      if (found.error) throw new Refusal([found.error]);
      address = found.address;
      if (address.community.id !== community.id) refuse('ADDRESS_OTHER_COMMUNITY', '该地址不属于所选社区', 'addressText');
    }

    const duplicate = (): never => refuse('RESIDENT_DUPLICATE', '该证件号码已登记，请勿重复录入', 'idNumber');
    const sameDocument = { idNumber: document.idNumber, documentKind: document.documentKind, nationality: document.nationality };
    if (await this.ctx.em.count(ResidentEntity, sameDocument)) return duplicate();
    // the same person entered twice with a mistyped ID: same name and birth date at the same address
    if (!input.confirmNotDuplicate) {
      const twin = await this.ctx.em.findOne(ResidentEntity, {
        name: input.name.trim(),
        birthDate: document.birthDate,
        ...(address ? { address } : { community, address: null }),
      });
      if (twin) {
        refuse('RESIDENT_SUSPECTED_DUPLICATE', '同一地址已登记同名、同出生日期的人员，疑似重复录入；核实不是同一人后可确认登记', 'name');
      }
    }
    try {
      return await this.ctx.em.transactional(async (em) => {
        if (await em.count(ResidentEntity, sameDocument)) return duplicate();
        const resident = em.create(ResidentEntity, {
          id: crypto.randomUUID(),
          name: input.name.trim(),
          ...document,
          phone: input.phone ?? null,
          kind: input.kind,
          originArea: input.kind === ResidentKind.floating ? input.originArea : null,
          arrivedOn: input.kind === ResidentKind.registered ? null : input.arrivedOn,
          residenceRegisteredOn: input.kind === ResidentKind.floating ? (input.residenceRegisteredOn ?? null) : null,
          station: community.station,
          community,
          address,
          registeredBy: this.ctx.claims?.sub ?? null,
          clientKey: input.clientKey ?? null,
          version: 1,
        });
        await keepRegistrationPlace(em, this.ctx.claims, { type: RegisteredSubject.resident, id: resident.id, communityId: community.id }, input.position);
        await em.flush();
        return this.present(resident);
      });
    } catch (err) {
      // two officers registering the same person at once: the document's unique index decides
      if (err instanceof UniqueConstraintViolationException && err.message.includes('resident_document_unique')) return duplicate();
      throw err;
    }
  }

  /** 居住登记: a floating resident registered their residence on a day between arrival and today. */
  recordResidenceRegistration(input: RecordResidenceRegistrationInput): Promise<UpdateResidentPayload> {
    return mutation('resident', input, async () => {
      const resident = await this.ctx.em.findOne(ResidentEntity, { id: input.id });
      if (!resident) refuse('RESIDENT_NOT_FOUND', '该人员不存在', 'id');
      authorize(this.ctx.claims, placeOf(resident), '人员', 'id');
      if (resident.kind !== ResidentKind.floating) refuse('RESIDENCE_REGISTRATION_NOT_FLOATING', '只有流动人口办理居住登记', 'id');
      const dates = checkDates({ kind: resident.kind, arrivedOn: resident.arrivedOn, residenceRegisteredOn: input.registeredOn }, resident.birthDate);
      refuseAny(dates.map((e) => ({ ...e, field: 'registeredOn' })));
      const result = await updateWithVersion(this.ctx.em, resident, input.version, (_em, r) => {
        r.residenceRegisteredOn = input.registeredOn;
        return r;
      });
      return this.present(orRefuse(result));
    });
  }

  /** Phone and address change; a concurrent edit since the caller read `version` is refused. */
  updateContact(input: UpdateResidentContactInput): Promise<UpdateResidentPayload> {
    return mutation('resident', input, async () => {
      const resident = await this.ctx.em.findOne(ResidentEntity, { id: input.id });
      if (!resident) refuse('RESIDENT_NOT_FOUND', '该人员不存在', 'id');
      authorize(this.ctx.claims, placeOf(resident), '人员', 'id');
      let address: StandardAddressEntity | undefined;
      if (input.addressText?.trim()) {
        const found = await lookUpAddress(this.ctx.em, input.addressText, 'addressText');
        if (found.error) throw new Refusal([found.error]);
        address = found.address;
        // the record stays in its community: an address elsewhere (another station even) is a move, not a contact change
        if (address.community.id !== resident.community.id) {
          refuse('ADDRESS_OTHER_COMMUNITY', '该地址不属于此人所在社区；迁往他处请在迁入地重新登记', 'addressText');
        }
      }
      const result = await updateWithVersion(this.ctx.em, resident, input.version, (_em, r) => {
        if (input.phone !== undefined) r.phone = input.phone;
        if (address) r.address = address;
        return r;
      });
      return this.present(orRefuse(result));
    });
  }
}
