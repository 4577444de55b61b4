import { rng, stableId } from '@cp/demo-district';

/** How big a synthetic district is, and the seed that makes it the same on every machine. */
export interface ScaleOptions {
  residents: number;
  seed: string;
  /** Residents per community on average (about 1,000 communities for 1 M). */
  perCommunity?: number;
  /** Communities per station on average (about 50 stations for 1,000 communities). */
  perStation?: number;
}

export interface PlannedCommunity {
  id: string;
  code: string;
  name: string;
  gridId: string;
  stationId: string;
  /** Index of its first resident in the district, and how many it has. */
  firstResident: number;
  residents: number;
}

export interface PlannedStation {
  id: string;
  code: string;
  name: string;
  communities: PlannedCommunity[];
}

/**
 * Community sizes skewed like a city's (log-normal: many of a few hundred people, some of several
 * thousand), scaled so they add up to exactly the residents asked for.
 */
function skewedSizes(total: number, parts: number, r: () => number): number[] {
  const raw = Array.from({ length: parts }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    return Math.exp(0.7 * normal);
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((x) => Math.max(1, Math.floor((x / sum) * total)));
  // hand out what rounding left over (or take back what the minimum of 1 added), biggest first
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!);
  for (let k = 0; diff !== 0; k = (k + 1) % parts) {
    const i = order[k]!;
    const step = diff > 0 ? 1 : sizes[i]! > 1 ? -1 : 0;
    sizes[i]! += step;
    diff -= step;
  }
  return sizes;
}

/** The district's stations and communities; everything else is generated per community from them. */
export function planDistrict(o: ScaleOptions): PlannedStation[] {
  const r = rng(`${o.seed}/plan`);
  const communityCount = Math.max(1, Math.round(o.residents / (o.perCommunity ?? 1000)));
  const stationCount = Math.max(1, Math.round(communityCount / (o.perStation ?? 20)));
  const sizes = skewedSizes(o.residents, communityCount, r);
  const stations: PlannedStation[] = Array.from({ length: stationCount }, (_, s) => ({
    id: stableId(o.seed, 'station', s),
    code: `SC${String(s + 1).padStart(4, '0')}`,
    name: `规模测试第${s + 1}派出所`,
    communities: [],
  }));
  let first = 0;
  sizes.forEach((residents, c) => {
    const station = stations[Math.floor(r() * stationCount)]!;
    station.communities.push({
      id: stableId(o.seed, 'community', c),
      code: `CC${String(c + 1).padStart(6, '0')}`,
      name: `规模测试第${c + 1}社区`,
      gridId: stableId(o.seed, 'grid', c),
      stationId: station.id,
      firstResident: first,
      residents,
    });
    first += residents;
  });
  // a station the dice left empty still gets one community: every station answers for somewhere
  for (const s of stations.filter((x) => !x.communities.length)) {
    const donor = stations.find((x) => x.communities.length > 1)!;
    const moved = donor.communities.pop()!;
    s.communities.push({ ...moved, stationId: s.id });
  }
  return stations;
}
