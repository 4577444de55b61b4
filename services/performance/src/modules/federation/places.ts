import { authorize, found, type BaseContext } from '@cp/service-kit';

/**
 * A community as population places it, for a write about it: refused unless it exists and lies
 * in the caller's jurisdiction (the community's station decides whether a station head may).
 */
export async function communityPlace(ctx: BaseContext, id: string, field = 'communityId'): Promise<{ id: string; station: { id: string } }> {
  const { community } = await ctx.gateway.query<{ community: { id: string; station: { id: string } } | null }>(
    `query CommunityPlace($id: ID!) { community(id: $id) { id station { id } } }`,
    { id },
  );
  const place = found(community, 'COMMUNITY_NOT_FOUND', '社区', field);
  authorize(ctx.claims, { stationId: place.station.id, communityId: place.id }, '社区', field);
  return place;
}
