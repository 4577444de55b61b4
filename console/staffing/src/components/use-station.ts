import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';

const MY_STATIONS = graphql(`
  query StaffingStations {
    me {
      roles
    }
    myStations {
      id
      name
    }
  }
`);

/**
 * The stations the signed-in user answers for (all for a district admin), and the one picked
 * (their own by default): every staffing page works on one station at a time.
 */
export function useStation() {
  const { data, loading, error } = useQuery(MY_STATIONS);
  const [picked, setPicked] = useState<string | null>(null);
  const me = data?.me;
  const stations = data?.myStations ?? [];
  const stationId = picked ?? stations[0]?.id ?? null;
  return {
    stationId,
    setStationId: setPicked,
    options: stations.map((s) => ({ value: s.id, label: s.name })),
    isManager: !!me && (me.roles.includes('district_admin') || me.roles.includes('station_head')),
    loading,
    error,
  };
}
