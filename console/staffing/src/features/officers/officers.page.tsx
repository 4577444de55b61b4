import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice } from '@cp/ui';
import { Card, Select, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useStation } from '../../components/use-station';
import { STATION_OFFICERS_LIST, type OfficerRow } from './officers.operations';

/** 警员: a station's officers and auxiliaries, their roles and police groups. */
export function OfficersPage() {
  const station = useStation();
  const { data, loading, error } = useQuery(STATION_OFFICERS_LIST, { variables: { stationId: station.stationId! }, skip: !station.stationId });
  const groupOf = (id: string) => data?.policeGroups.find((g) => g.members.some((m) => m.id === id))?.name;
  return (
    <Card title="警员" extra={<Select style={{ width: 180 }} value={station.stationId} options={station.options} onChange={station.setStationId} />}>
      <ErrorNotice error={error ?? station.error} />
      <Table<OfficerRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.officers ?? []}
        pagination={{ pageSize: 30 }}
        columns={[
          { title: '警号', dataIndex: 'badgeNo' },
          { title: '姓名', dataIndex: 'name', render: (n: string, o) => <Link to={`/staffing/officers/${o.id}`}>{n}</Link> },
          { title: '岗位', dataIndex: 'role', render: (r: string) => ENUM_LABELS.OfficerRole[r] ?? r },
          { title: '身份', dataIndex: 'sworn', render: (s: boolean) => (s ? <Tag color="blue">民警</Tag> : <Tag>辅警</Tag>) },
          { title: '警组', render: (_, o) => groupOf(o.id) ?? '—' },
          { title: '工作电话', dataIndex: 'phone', render: (p?: string | null) => p ?? '—' },
        ]}
      />
    </Card>
  );
}
