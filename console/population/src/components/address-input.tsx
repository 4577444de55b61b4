import { useLazyQuery } from '@apollo/client/react';
import { AutoComplete } from 'antd';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';

const STANDARD_ADDRESSES = graphql(`
  query StandardAddresses($search: String!, $communityId: ID) {
    standardAddresses(search: $search, communityId: $communityId, first: 20) {
      id
      fullText
    }
  }
`);

/**
 * A standard address, typed or picked: the list offers the jurisdiction's standard addresses
 * matching what is typed (in the chosen community); the server normalises and checks the text.
 */
export function AddressInput({
  id,
  value,
  onChange,
  communityId,
  placeholder = '输入门牌号、单元或房间号查找标准地址',
}: {
  /** Given by Form.Item, so the label points at the input. */
  id?: string;
  value?: string;
  onChange?: (text: string) => void;
  communityId?: string;
  placeholder?: string;
}) {
  const [search, setSearch] = useState('');
  const [find, { data }] = useLazyQuery(STANDARD_ADDRESSES);
  useEffect(() => {
    if (search.trim().length < 2) return;
    const timer = setTimeout(() => void find({ variables: { search, communityId: communityId ?? null } }), 250);
    return () => clearTimeout(timer);
  }, [search, communityId, find]);
  const options = search.trim().length < 2 ? [] : (data?.standardAddresses ?? []).map((a) => ({ value: a.fullText }));
  return (
    <AutoComplete
      id={id}
      value={value}
      options={options}
      onSearch={setSearch}
      onChange={(text: string) => onChange?.(text)}
      placeholder={placeholder}
      allowClear
    />
  );
}
