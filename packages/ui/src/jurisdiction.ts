/** What `me` says the signed-in user answers for. */
export interface MyJurisdiction {
  roles: string[];
  stationIds: string[];
  communityIds: string[];
}

/**
 * Whether the user answers for a community: the console's mirror of the subgraphs' rule, to
 * offer only the places a form may write to and show only the user's own in lists. The
 * subgraphs decide; this only spares users choices that would be refused.
 */
export const answersForCommunity = (me: MyJurisdiction, c: { id: string; station: { id: string } }): boolean =>
  me.roles.includes('district_admin') || me.stationIds.includes(c.station.id) || me.communityIds.includes(c.id);

/** Whether the user answers for a station, or for any of its communities. */
export const answersForStation = (me: MyJurisdiction, s: { id: string; communities: Array<{ id: string }> }): boolean =>
  me.roles.includes('district_admin') || me.stationIds.includes(s.id) || s.communities.some((c) => me.communityIds.includes(c.id));
