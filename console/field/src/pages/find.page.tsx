import { useLazyQuery } from '@apollo/client/react';
import { Button, ErrorBlock, List, SearchBar } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { SEARCH_RESIDENTS } from '../operations';

/** 找人找房: a resident by ID number, name or address, within the officer's jurisdiction. */
export function FindPage() {
  const navigate = useNavigate();
  const [search, { data, loading, error, called }] = useLazyQuery(SEARCH_RESIDENTS, { fetchPolicy: 'network-only' });
  const found = data?.residents.nodes ?? [];
  return (
    <>
      <div className="search">
        <SearchBar placeholder="姓名、证件号码或地址" onSearch={(v) => v.trim() && void search({ variables: { search: v.trim() } }).catch(() => undefined)} />
      </div>
      {error && <ErrorBlock status="disconnected" title="查询需要联网" description="离线时只能查看今日任务中的对象" />}
      {called && !loading && !error && (
        <List header={`找到 ${found.length} 人`}>
          {found.map((r) => (
            <List.Item
              key={r.id}
              onClick={() => navigate(`/resident/${r.id}`)}
              description={`${r.idNumber} · ${r.address?.fullText ?? r.community.name}`}
              arrow
              data-testid="found-resident"
            >
              {r.name}
            </List.Item>
          ))}
        </List>
      )}
      <div className="actions">
        <Button block color="primary" fill="outline" onClick={() => navigate('/register')}>
          登记实有人口
        </Button>
      </div>
    </>
  );
}
