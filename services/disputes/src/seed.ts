import { demoDisputes, demoResidentsByCommunity, demoStations, stableId } from '@cp/demo-district';
import { insertInChunks, type SeedOptions } from '@cp/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DisputeEntity, DisputePartyEntity } from './modules/dispute/dispute.entity';

/** Loads the demo district's disputes, between residents population seeds with the same ids. */
export async function seedDemoDisputes(orm: MikroORM, { residentsPerCommunity }: SeedOptions = {}): Promise<string> {
  const em = orm.em.fork();
  if ((await em.count(DisputeEntity)) > 0) return 'disputes: demo data already present';
  const stations = demoStations(residentsPerCommunity);
  const residents = demoResidentsByCommunity(stations);
  const disputes = stations.flatMap((s) => s.communities.flatMap((c) => demoDisputes(c, residents.get(c.id)!).map((d) => ({ ...d, stationId: s.id }))));
  const names = new Map([...residents.values()].flat().map((r) => [r.id, r.name]));
  await em.transactional(async (tx) => {
    await insertInChunks(
      tx,
      DisputeEntity,
      disputes.map((d) => ({
        id: d.id,
        title: d.title,
        category: d.category,
        source: d.source,
        status: d.status,
        riskLevel: d.riskLevel,
        communityId: d.communityId,
        stationId: d.stationId,
        reportedAt: new Date(d.reportedAt),
        version: 1,
      })),
    );
    await insertInChunks(
      tx,
      DisputePartyEntity,
      disputes.flatMap((d) =>
        d.partyResidentIds.map((rid) => ({
          id: stableId('party', d.id, rid),
          dispute: d.id,
          residentId: rid,
          name: names.get(rid)!,
        })),
      ),
    );
  });
  return `disputes: seeded ${disputes.length} disputes`;
}
