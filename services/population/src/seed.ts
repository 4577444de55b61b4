import { addressPoint, DISTRICT, demoResidentsByCommunity, demoStations, stableId } from '@cp/demo-district';
import { insertInChunks, type SeedOptions } from '@cp/service-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { StandardAddressEntity } from './modules/address/address.entity';
import { CommunityEntity, GridEntity, GridKind, StationEntity } from './modules/jurisdiction/jurisdiction.entity';
import { FocusPersonEntity } from './modules/focus/focus.entity';
import { HouseholdEntity, HouseholdKind, HouseholdMemberEntity, HouseholdRelation } from './modules/household/household.entity';
import { HousingEntity, HousingKind, HousingUse } from './modules/housing/housing.entity';
import { ResidentEntity } from './modules/resident/resident.entity';
import { UnitEntity, UnitKind } from './modules/unit/unit.entity';
import { VisitEntity, VisitKind, VisitOutcome, VisitSubject } from './modules/visit/visit.entity';

/** Loads the demo district's places and people into an empty database, in bulk inserts. */
export async function seedDemoPopulation(orm: MikroORM, { residentsPerCommunity }: SeedOptions = {}): Promise<string> {
  const em = orm.em.fork();
  if ((await em.count(StationEntity)) > 0) return 'population: demo data already present';
  const stations = demoStations(residentsPerCommunity);
  const residentsByCommunity = demoResidentsByCommunity(stations);
  let residents = 0;
  await em.transactional(async (tx) => {
    await tx.insertMany(
      StationEntity,
      stations.map((s) => ({ id: s.id, code: s.code, name: s.name, districtId: DISTRICT.id, districtName: DISTRICT.name })),
    );
    const communities = stations.flatMap((s) => s.communities);
    await tx.insertMany(
      CommunityEntity,
      communities.map((c) => ({ id: c.id, code: c.code, name: c.name, station: c.stationId })),
    );
    await tx.insertMany(
      GridEntity,
      communities.map((c) => ({ id: c.gridId, name: c.gridName, kind: GridKind.police, community: c.id, boundary: c.gridBoundary })),
    );
    for (const station of stations) {
      for (const c of station.communities) {
        const people = residentsByCommunity.get(c.id)!;
        const addresses = new Map<string, string>();
        for (const p of people) if (!addresses.has(p.address)) addresses.set(p.address, stableId('address', p.address));
        // two flats where nobody is registered: one let to unregistered tenants, one vacant
        const [first] = addresses.keys();
        if (first) for (const room of ['9901室', '9902室']) addresses.set(first.replace(/\d+室$/, room), stableId('address', c.id, room));
        // and a new flat on the standard list whose dwelling nobody has registered yet (实有房屋 to collect)
        const unregistered: Array<[string, string]> = first ? [[first.replace(/\d+室$/, '9903室'), stableId('address', c.id, '9903室')]] : [];
        await insertInChunks(
          tx,
          StandardAddressEntity,
          [...addresses, ...unregistered].map(([fullText, id]) => ({ id, fullText, community: c.id, grid: c.gridId, ...addressPoint(c, fullText) })),
        );
        await insertInChunks(
          tx,
          ResidentEntity,
          people.map((p) => ({
            id: p.id,
            name: p.name,
            idNumber: p.idNumber,
            sex: p.sex,
            birthDate: p.birthDate,
            phone: p.phone,
            kind: p.kind,
            originArea: p.originArea,
            station: station.id,
            community: c.id,
            address: addresses.get(p.address),
            ...recordDates(p.id, p.kind),
            version: 1,
          })),
        );
        await insertInChunks(tx, HousingEntity, demoHousing(station.id, c.id, people, addresses));
        const households = demoHouseholds(station.id, c, people, addresses);
        await insertInChunks(tx, HouseholdEntity, households.households);
        await insertInChunks(tx, HouseholdMemberEntity, households.members);
        residents += people.length;
        await seedSchedules(
          tx,
          station.id,
          c.id,
          people.map((p) => p.id),
        );
      }
    }
  });
  return `population: seeded ${stations.length} stations, ${stations.reduce((n, s) => n + s.communities.length, 0)} communities, ${residents} residents`;
}

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

const LONG_AGO = 800 * DAY;

/**
 * When a record was entered (a floating resident on arrival, with the arrival and registration
 * dates, everyone else long before) and last
 * verified (in the last 200 days, never before entry): the few past 180 days are due again. Past
 * periods' facts count only what had been entered by then, so the demo's history is not empty.
 */
function recordDates(id: string, kind: string) {
  const moved = kind === 'floating' ? arrival(id) : null;
  const createdAt = new Date(moved ? Date.parse(moved.arrivedOn) : Date.now() - LONG_AGO);
  const verified = Date.now() - (parseInt(id.slice(0, 6), 16) % 200) * DAY;
  return { ...moved, createdAt, verifiedAt: new Date(Math.max(verified, +createdAt)) };
}

/** A floating resident arrived 10 to 700 days ago; most registered their residence within a month, some not yet. */
function arrival(id: string): { arrivedOn: string; residenceRegisteredOn: string | null } {
  const n = parseInt(id.slice(0, 8), 16);
  const arrived = Date.now() - (10 + (n % 690)) * DAY;
  return { arrivedOn: dayOf(arrived), residenceRegisteredOn: n % 10 < 8 ? dayOf(arrived + ((n >> 4) % 30) * DAY) : null };
}

/**
 * One dwelling per address: rented where floating residents live (most rentals registered),
 * otherwise self-occupied; the two flats nobody is registered at are let (unregistered tenants) and vacant.
 */
function demoHousing(
  stationId: string,
  communityId: string,
  people: Array<{ id: string; kind: string; address: string; name: string }>,
  addresses: Map<string, string>,
) {
  const floatingAt = new Set(people.filter((p) => p.kind === 'floating').map((p) => p.address));
  return [...addresses].map(([text, addressId], i) => {
    const rented = floatingAt.has(text) || text.endsWith('9901室');
    const since = Date.now() - (30 + ((i * 37) % 600)) * DAY;
    return {
      id: stableId('housing', addressId),
      address: addressId,
      station: stationId,
      community: communityId,
      kind: i % 9 === 0 ? HousingKind.bungalow : HousingKind.building,
      use: rented ? HousingUse.rented : text.endsWith('9902室') ? HousingUse.vacant : HousingUse.self_occupied,
      landlordName: rented ? `房主${(i % 97) + 1}号` : null,
      rentedSince: rented ? dayOf(since) : null,
      rentalRegisteredOn: rented && i % 4 !== 0 && !text.endsWith('9901室') ? dayOf(since + 7 * DAY) : null,
      createdAt: new Date(Date.now() - LONG_AGO),
    };
  });
}

/** The registered residents at one address form one family household, the first of them its head. */
function demoHouseholds(
  stationId: string,
  c: { id: string; code: string },
  people: Array<{ id: string; kind: string; address: string }>,
  addresses: Map<string, string>,
) {
  const byAddress = new Map<string, string[]>();
  for (const p of people) if (p.kind === 'registered') byAddress.set(p.address, [...(byAddress.get(p.address) ?? []), p.id]);
  const households: Array<Record<string, unknown>> = [];
  const members: Array<Record<string, unknown>> = [];
  [...byAddress].forEach(([address, ids], i) => {
    const id = stableId('household', c.id, address);
    households.push({
      id,
      householdNo: `${c.code}${String(i + 1).padStart(4, '0')}`,
      kind: HouseholdKind.family,
      station: stationId,
      community: c.id,
      address: addresses.get(address),
    });
    ids.forEach((resident, k) =>
      members.push({ resident, household: id, relation: k === 0 ? HouseholdRelation.head : k === 1 ? HouseholdRelation.spouse : HouseholdRelation.child }),
    );
  });
  return { households, members };
}

const SPECIAL = ['mental_illness', 'community_correction', 'released_prisoner', 'petitioner'];
const CARE = ['elderly_alone', 'left_behind_child'];

/**
 * A few special persons, care recipients and units per community, with past visits and
 * inspections dated from now: some are due, some overdue, so the daily worklist has work on it.
 */
async function seedSchedules(tx: EntityManager, stationId: string, communityId: string, residentIds: string[]): Promise<void> {
  if (residentIds.length < 12) return;
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const focus = [
    { resident: residentIds[3], category: SPECIAL[residentIds.length % SPECIAL.length], since: 200, visited: 40 },
    { resident: residentIds[7], category: SPECIAL[(residentIds.length + 1) % SPECIAL.length], since: 120, visited: 10 },
    { resident: residentIds[11], category: CARE[residentIds.length % CARE.length], since: 90, visited: 29.5 },
  ];
  await tx.insertMany(
    FocusPersonEntity,
    focus.map((f) => ({
      id: stableId('focus', f.resident, f.category),
      resident: f.resident,
      category: f.category,
      station: stationId,
      community: communityId,
      since: at(f.since),
      createdBy: 'demo',
    })),
  );
  const units = [
    { id: stableId('unit', communityId, 0), name: '社区卫生服务站', kind: UnitKind.hospital, key: true, inspected: 100 },
    { id: stableId('unit', communityId, 1), name: '便民超市', kind: UnitKind.business, key: false, inspected: 30 },
  ];
  await tx.insertMany(
    UnitEntity,
    units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, key: u.key, station: stationId, community: communityId, createdAt: at(400), version: 1 })),
  );
  const visit = (subjectType: VisitSubject, subjectId: string, kind: VisitKind, daysAgo: number) => ({
    id: stableId('visit', subjectId, daysAgo),
    subjectType,
    subjectId,
    kind,
    outcome: VisitOutcome.normal,
    officerName: '社区民警',
    at: at(daysAgo),
    stationId,
    communityId,
  });
  await tx.insertMany(VisitEntity, [
    ...focus.map((f) => visit(VisitSubject.resident, f.resident, VisitKind.visit, f.visited)),
    ...units.map((u) => visit(VisitSubject.unit, u.id, VisitKind.inspection, u.inspected)),
  ]);
}
