import { pgArray, type BaseContext } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { computeKeptSql, FACTS, keepFactsSql, keptFactsSql, type FactsLevel, type KeptSource, type PopulationFactsRow } from './indicators.sql';
import type { PopulationFacts, Ratio } from './indicators.type';

const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });

const toFacts = (r: PopulationFactsRow): PopulationFacts => ({
  specialVisitsOnSchedule: ratio(r.special_on_schedule, r.special_total),
  careVisitsOnSchedule: ratio(r.care_on_schedule, r.care_total),
  unitInspectionsOnSchedule: ratio(r.units_on_schedule, r.units_total),
  keyUnitInspectionsOnSchedule: ratio(r.key_units_on_schedule, r.key_units_total),
  freshRecords: ratio(r.records_fresh, r.records_total),
  floatingRegistration: ratio(r.floating_registered, r.floating_total),
  rentalRegistration: ratio(r.rentals_registered, r.rentals_total),
  rentalsWithTenants: ratio(r.rentals_occupied, r.rentals_total),
  visits: r.visits,
});

const EMPTY: PopulationFactsRow = {
  place_id: '',
  special_total: 0,
  special_on_schedule: 0,
  care_total: 0,
  care_on_schedule: 0,
  units_total: 0,
  units_on_schedule: 0,
  key_units_total: 0,
  key_units_on_schedule: 0,
  records_total: 0,
  records_fresh: 0,
  floating_total: 0,
  floating_registered: 0,
  rentals_total: 0,
  rentals_registered: 0,
  rentals_occupied: 0,
  visits: 0,
};

/**
 * What a source computes for many places and one period: those kept and still valid in one
 * statement; the rest computed in one more (only the places that changed since, not the district)
 * and kept. A ranking, a trend or a map over the whole district thus reads what is kept, and a
 * write costs its own community's recomputation at the next read, never a stale figure. `chunk`
 * bounds how many places one computing statement takes (the background keeper: no statement holds the district).
 */
export async function keptFacts<T extends { place_id: string } = PopulationFactsRow>(
  em: EntityManager,
  source: KeptSource,
  placeIds: readonly string[],
  from: Date,
  to: Date,
  chunk = Infinity,
  /** Where computed facts are kept: the primary, when `em` reads a standby. */
  keeper: EntityManager = em,
): Promise<{ facts: Map<string, T>; computed: number }> {
  const db = em.getConnection();
  const kept = await db.execute<Array<{ place_id: string; facts: T }>>(keptFactsSql, [source.level, from, to, pgArray(placeIds)]);
  const byId = new Map(kept.map((k) => [k.place_id, k.facts]));
  const missing = placeIds.filter((id) => !byId.has(id));
  type Computed = T & { community_id: string; epoch: string; district_epoch: string };
  let computed = 0;
  for (let i = 0; i < missing.length; i += chunk) {
    const rows = (await db.execute<Computed[]>(computeKeptSql(source), [to, from, pgArray(missing.slice(i, i + chunk))])).map(
      ({ community_id, epoch, district_epoch, ...rest }) => {
        const facts = rest as unknown as T;
        byId.set(facts.place_id, facts);
        return { place_id: facts.place_id, community_id, epoch, district_epoch, facts };
      },
    );
    if (rows.length) await keeper.getConnection().execute(keepFactsSql, [source.level, from, to, JSON.stringify(rows)]);
    computed += rows.length;
  }
  return { facts: byId, computed };
}

/** 一标三实 facts for the indicators the performance domain computes (the rates are ratios of counts, so they add up). */
export class IndicatorService {
  constructor(private readonly ctx: BaseContext) {}

  /** The facts of many communities (or grids), kept or computed (see `keptFacts`). */
  async factsOf(placeIds: readonly string[], from: Date, to: Date, level: FactsLevel = 'community'): Promise<PopulationFacts[]> {
    const { facts: byId } = await keptFacts(this.ctx.em, FACTS[level], placeIds, from, to, Infinity, this.ctx.primary);
    return placeIds.map((id) => toFacts(byId.get(id) ?? EMPTY));
  }

  /** A station's facts: the sums of its communities' numerators and denominators. */
  sum(parts: Array<PopulationFacts | Error>): PopulationFacts {
    const ok = parts.filter((p): p is PopulationFacts => !(p instanceof Error));
    const add = (pick: (f: PopulationFacts) => Ratio) =>
      ratio(
        ok.reduce((n, f) => n + pick(f).numerator, 0),
        ok.reduce((n, f) => n + pick(f).denominator, 0),
      );
    return {
      specialVisitsOnSchedule: add((f) => f.specialVisitsOnSchedule),
      careVisitsOnSchedule: add((f) => f.careVisitsOnSchedule),
      unitInspectionsOnSchedule: add((f) => f.unitInspectionsOnSchedule),
      keyUnitInspectionsOnSchedule: add((f) => f.keyUnitInspectionsOnSchedule),
      freshRecords: add((f) => f.freshRecords),
      floatingRegistration: add((f) => f.floatingRegistration),
      rentalRegistration: add((f) => f.rentalRegistration),
      rentalsWithTenants: add((f) => f.rentalsWithTenants),
      visits: ok.reduce((n, f) => n + f.visits, 0),
    };
  }
}
