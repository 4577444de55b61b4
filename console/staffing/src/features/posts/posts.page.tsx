import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { Card, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { STATIONS, STATION_POSTS, type CommunityPosts } from './posts.operations';

const officerOf = (c: CommunityPosts, role: 'A' | 'B') => c.officers?.find((p) => p.role === role)?.officer;

/** 社区岗位: who holds the A and B posts of each community of a station, and who is on duty now. */
export function PostsPage() {
  const stations = useQuery(STATIONS);
  const [picked, setPicked] = useState<string | null>(null);
  const stationId = picked ?? stations.data?.me.stationIds[0] ?? stations.data?.stations[0]?.id ?? null;
  const posts = useQuery(STATION_POSTS, { variables: { id: stationId! }, skip: !stationId });
  return (
    <Card
      title="社区岗位与值班民警"
      extra={
        <Select
          style={{ width: 200 }}
          value={stationId}
          onChange={setPicked}
          loading={stations.loading}
          options={stations.data?.stations.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="station-select"
        />
      }
    >
      <ErrorNotice error={stations.error ?? posts.error} />
      <Table<CommunityPosts>
        rowKey="id"
        loading={posts.loading}
        dataSource={posts.data?.station?.communities ?? []}
        pagination={false}
        columns={[
          { title: '社区', dataIndex: 'name' },
          { title: 'A 岗（主责）', render: (_, c) => officerOf(c, 'A')?.name ?? <Tag color="red">空缺</Tag> },
          { title: 'B 岗', render: (_, c) => officerOf(c, 'B')?.name ?? <Tag color="red">空缺</Tag> },
          {
            title: '当前值班',
            render: (_, c) => (c.dutyOfficer ? `${c.dutyOfficer.officer.name}（${c.dutyOfficer.officer.badgeNo}）` : <Tag color="red">无人在岗</Tag>),
          },
          { title: '联系电话', render: (_, c) => c.dutyOfficer?.officer.phone ?? '—' },
        ]}
      />
    </Card>
  );
}
