import { DISTRICT, demoResidentsByCommunity, demoStations, stableId } from '@cp/demo-district';
import { insertInChunks, type SeedOptions } from '@cp/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { StandardAddressEntity } from './modules/address/address.entity';
import { CommunityEntity, GridEntity, GridKind, StationEntity } from './modules/jurisdiction/jurisdiction.entity';
import { ResidentEntity } from './modules/resident/resident.entity';

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
        await insertInChunks(
          tx,
          StandardAddressEntity,
          [...addresses].map(([fullText, id]) => ({ id, fullText, community: c.id, grid: c.gridId })),
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
            version: 1,
          })),
        );
        residents += people.length;
      }
    }
  });
  return `population: seeded ${stations.length} stations, ${stations.reduce((n, s) => n + s.communities.length, 0)} communities, ${residents} residents`;
}
