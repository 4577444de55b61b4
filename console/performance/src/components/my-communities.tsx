import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';

const MY_COMMUNITIES = graphql(`
  query MyCommunities {
    me {
      roles
    }
    myCommunities {
      id
      name
      station {
        id
        name
      }
    }
  }
`);

/**
 * The communities the caller answers for, and the one chosen (a link's `?community=` chooses it
 * first): what the pages that record per community (surveys, manual values) start from.
 */
export function useMyCommunities() {
  const [params] = useSearchParams();
  const { data, loading, error } = useQuery(MY_COMMUNITIES);
  const [communityId, setCommunityId] = useState<string | undefined>(() => params.get('community') ?? undefined);
  const communities = data?.myCommunities ?? [];
  return { me: data?.me, communities, communityId, setCommunityId, loading, error };
}

/** A searchable pick of one of those communities, named with its station. */
export function CommunitySelect({ choice, testId }: { choice: ReturnType<typeof useMyCommunities>; testId: string }) {
  return (
    <Select
      placeholder="选择社区"
      showSearch
      optionFilterProp="label"
      style={{ width: 360 }}
      value={choice.communityId}
      onChange={choice.setCommunityId}
      options={choice.communities.map((c) => ({ value: c.id, label: `${c.name}（${c.station.name}）` }))}
      data-testid={testId}
    />
  );
}
