import type { Place } from '@cp/service-kit';

/** Where a population record lies: every one carries its station and community. */
export const placeOf = (e: { station: { id: string }; community: { id: string } }): Place => ({ stationId: e.station.id, communityId: e.community.id });
