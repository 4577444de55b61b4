import { useQuery } from '@apollo/client/react';
import { Form, List, Selector } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useDayQuery } from '../day-query';
import { ME, NEARBY_ADDRESSES } from '../operations';
import { currentPosition, type Position } from '../position';

/** The community a registration is for: picked from the officer's own, or the only one they have. */
export function useCommunityChoice() {
  const { data } = useDayQuery(ME, 'me');
  const communities = data?.myCommunities ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const communityId = picked ?? (communities.length === 1 ? communities[0].id : null);
  const field = (
    <Form.Item label="社区">
      <Selector
        options={communities.map((c) => ({ value: c.id, label: c.name }))}
        value={communityId ? [communityId] : []}
        onChange={(v) => setPicked(v[0] ?? null)}
      />
    </Form.Item>
  );
  return { communityId, field };
}

/**
 * The standard addresses nearest to where the officer stands, to pick rather than type (for a
 * dwelling: only those where none is registered yet). Tapping one fills the form's `addressText`.
 */
export function NearbyAddresses({
  communityId,
  withoutHousing,
  onPick,
}: {
  communityId: string | null;
  withoutHousing?: boolean;
  onPick: (text: string) => void;
}) {
  const [here, setHere] = useState<Position | null>(null);
  useEffect(() => {
    let live = true;
    void currentPosition().then((p) => live && setHere(p));
    return () => {
      live = false;
    };
  }, []);
  const nearby =
    useQuery(NEARBY_ADDRESSES, { variables: { near: here, communityId, withoutHousing: withoutHousing ?? null }, skip: !here || !communityId }).data
      ?.standardAddresses ?? [];
  if (!nearby.length) return null;
  return (
    <List header={withoutHousing ? '附近尚未登记房屋的标准地址（点选填入）' : '附近的标准地址（点选填入）'} data-testid="nearby-addresses">
      {nearby.map((a) => (
        <List.Item key={a.id} onClick={() => onPick(a.fullText)}>
          {a.fullText}
        </List.Item>
      ))}
    </List>
  );
}
