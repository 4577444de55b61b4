import { useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';

const COMMUNITY_NAME = graphql(`
  query CommunityName($id: ID!) {
    community(id: $id) {
      id
      name
    }
  }
`);

/**
 * The community a list was opened for (from a scorecard's line, say), named even when nothing in it
 * matches; closing it lifts the filter.
 */
export function CommunityFilterTag({ communityId }: { communityId: string | null }) {
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(COMMUNITY_NAME, { variables: { id: communityId ?? '' }, skip: !communityId });
  if (!communityId) return null;
  const lift = () => {
    const next = new URLSearchParams(params);
    next.delete('community');
    setParams(next);
  };
  return (
    <Tag closable onClose={lift} data-testid="community-filter">
      {data?.community?.name ?? '…'}
    </Tag>
  );
}
