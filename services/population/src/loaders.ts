import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, isUuid, periodLoader, type BaseContext } from '@cp/service-kit';
import { StandardAddressEntity } from './modules/address/address.entity';
import { CommunityEntity, GridEntity, StationEntity } from './modules/jurisdiction/jurisdiction.entity';
import { FocusPersonEntity } from './modules/focus/focus.entity';
import { HouseholdEntity, HouseholdMemberEntity } from './modules/household/household.entity';
import { HousingEntity } from './modules/housing/housing.entity';
import { IndicatorService } from './modules/indicators/indicators.service';
import { DATA_QUALITY, type DataQualityRow } from './modules/quality/quality.sql';
import type { DataQuality } from './modules/quality/quality.type';
import type { PopulationStats } from './modules/jurisdiction/jurisdiction.type';
import { ResidentMergeEntity } from './modules/merge/merge.entity';
import { ResidentEntity } from './modules/resident/resident.entity';
import { UnitEntity } from './modules/unit/unit.entity';
import { VisitEntity } from './modules/visit/visit.entity';

/** This subgraph's DataLoaders, created fresh for every request. */
export function createLoaders({ em }: BaseContext) {
  return {
    /** The population facts of every community asked about for one period, in one statement. */
    populationFacts: periodLoader((ids, from, to) => new IndicatorService(em).factsOf(ids, from, to)),
    /** The same facts per grid (where things lie by their standard address). */
    gridFacts: periodLoader((ids, from, to) => new IndicatorService(em).factsOf(ids, from, to, 'grid')),
    stationById: byIdLoader(em, StationEntity),
    communityById: byIdLoader(em, CommunityEntity),
    gridById: byIdLoader(em, GridEntity),
    addressById: byIdLoader(em, StandardAddressEntity),
    residentById: byIdLoader(em, ResidentEntity),
    /** The record a merged duplicate's id now leads to (null for ids never merged). */
    keptFor: new DataLoader<string, string | null>(async (ids) => {
      const wellFormed = ids.filter(isUuid);
      const rows = wellFormed.length ? await em.find(ResidentMergeEntity, { mergedId: { $in: wellFormed } }) : [];
      const kept = new Map(rows.map((m) => [m.mergedId, m.kept.id]));
      return ids.map((id) => kept.get(id) ?? null);
    }),
    unitById: byIdLoader(em, UnitEntity),
    housingById: byIdLoader(em, HousingEntity),
    householdById: byIdLoader(em, HouseholdEntity),
    membersByHousehold: groupLoader(
      (ids) => em.find(HouseholdMemberEntity, { household: { $in: ids } }),
      (m) => m.household.id,
    ),
    /** Each resident's household membership (at most one), in one statement. */
    membershipByResident: new DataLoader<string, HouseholdMemberEntity | null>(async (ids) => {
      const rows = await em.find(HouseholdMemberEntity, { resident: { $in: [...ids] } });
      const byResident = new Map(rows.map((m) => [m.resident.id, m]));
      return ids.map((id) => byResident.get(id) ?? null);
    }),
    /** The dwelling at each address (at most one), in one statement. */
    housingByAddress: new DataLoader<string, HousingEntity | null>(async (ids) => {
      const rows = await em.find(HousingEntity, { address: { $in: [...ids] } });
      const byAddress = new Map(rows.map((h) => [h.address.id, h]));
      return ids.map((id) => byAddress.get(id) ?? null);
    }),
    /** The residents living at each address, in one statement. */
    residentsByAddress: groupLoader(
      (ids) => em.find(ResidentEntity, { address: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (r) => r.address!.id,
    ),
    /** Data quality of many communities, in one statement. */
    dataQuality: new DataLoader<string, DataQuality>(async (ids) => {
      const rows = await em.getConnection().execute<DataQualityRow[]>(DATA_QUALITY, [`{${ids.join(',')}}`]);
      const byId = new Map(rows.map((r) => [r.community_id, r]));
      return ids.map((id) => {
        const r = byId.get(id)!;
        return {
          records: r.records,
          complete: r.complete,
          completeness: r.records ? r.complete / r.records : null,
          missingPhone: r.missing_phone,
          missingAddress: r.missing_address,
          floatingWithoutOrigin: r.floating_without_origin,
          staleRecords: r.stale,
          duplicateGroups: r.duplicate_groups,
          duplicateRecords: r.duplicate_records,
        };
      });
    }),
    /** Open listings of many residents, with their categories. */
    focusByResident: groupLoader(
      (ids) => em.find(FocusPersonEntity, { resident: { $in: ids }, endedAt: null }, { populate: ['category'], orderBy: { since: 'asc' } }),
      (f) => f.resident.id,
    ),
    /** The latest 20 visits of many subjects, in one statement. */
    visitsBySubject: new DataLoader<string, VisitEntity[]>(async (ids) => {
      const rows: VisitEntity[] = await em
        .getConnection()
        .execute(
          `select * from (select v.*, row_number() over (partition by subject_id order by at desc) as n from visit v where subject_id = any(?::uuid[])) x where n <= 20 order by at desc`,
          [`{${ids.join(',')}}`],
        )
        .then((raw) => raw.map((r: Record<string, unknown>) => em.map(VisitEntity, r)));
      return ids.map((id) => rows.filter((v) => v.subjectId === id));
    }),
    communitiesByStation: groupLoader(
      (ids) => em.find(CommunityEntity, { station: { $in: ids } }, { orderBy: { code: 'asc' } }),
      (c) => c.station.id,
    ),
    /** Residents, floating residents, occupied dwellings (实有户) and registered households of many communities, in one grouped statement. */
    statsByCommunity: new DataLoader<string, PopulationStats>(async (ids) => {
      const rows: Array<{ community_id: string; residents: number; floating: number; households: number; registered_households: number }> = await em
        .getConnection()
        .execute(
          `select r.community_id, count(*)::int as residents, count(*) filter (where r.kind = 'floating')::int as floating,
                count(distinct r.address_id)::int as households,
                (select count(*) from household h where h.community_id = r.community_id)::int as registered_households
           from resident r where r.community_id = any(?::uuid[]) group by r.community_id`,
          [`{${ids.join(',')}}`],
        );
      const byId = new Map(rows.map((r) => [r.community_id, { ...r, registeredHouseholds: r.registered_households }]));
      return ids.map((id) => byId.get(id) ?? { residents: 0, floating: 0, households: 0, registeredHouseholds: 0 });
    }),
    gridsByCommunity: groupLoader(
      (ids) => em.find(GridEntity, { community: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (g) => g.community.id,
    ),
  };
}

export type PopulationLoaders = ReturnType<typeof createLoaders>;
