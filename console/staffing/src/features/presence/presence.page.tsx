import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice } from '@cp/ui';
import { Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useStation } from '../../components/use-station';
import type { StationTimeInCommunityQuery } from '../../gql/graphql';
import { STATION_TIME } from './presence.operations';

type Row = StationTimeInCommunityQuery['stationTimeInCommunity'][number];
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** 在社区时间: each officer's share of working time in the community for a week, against the target. */
export function PresencePage() {
  const station = useStation();
  const [week, setWeek] = useState<Dayjs>(dayjs().subtract(1, 'week'));
  const from = week.startOf('week').add(1, 'day');
  const { data, loading, error } = useQuery(STATION_TIME, {
    variables: { stationId: station.stationId!, from: from.format('YYYY-MM-DDT00:00:00+08:00'), to: from.add(1, 'week').format('YYYY-MM-DDT00:00:00+08:00') },
    skip: !station.stationId,
  });
  const rows = (data?.stationTimeInCommunity ?? []).filter((r) => r.time.target !== null);
  return (
    <Card
      title="社区民警在社区时间"
      extra={
        <Space>
          <Select style={{ width: 180 }} value={station.stationId} options={station.options} onChange={station.setStationId} />
          <DatePicker picker="week" value={week} onChange={(d) => d && setWeek(d)} allowClear={false} />
        </Space>
      }
    >
      <ErrorNotice error={error ?? station.error} />
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows.map((r) => ({ name: r.officer.name, share: Math.round(r.time.share * 100), meets: r.time.meetsTarget }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis unit="%" />
          <Tooltip formatter={(v) => [`${String(v)}%`, '在社区时间占比']} />
          <ReferenceLine y={80} stroke="#ff4d4f" label="专职 80%" />
          <Bar dataKey="share">
            {rows.map((r) => (
              <Cell key={r.officer.id} fill={r.time.meetsTarget ? '#52c41a' : '#ff7875'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Table<Row>
        rowKey={(r) => r.officer.id}
        loading={loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: '民警', render: (_, r) => <Link to={`/staffing/officers/${r.officer.id}`}>{r.officer.name}</Link> },
          { title: '岗位', render: (_, r) => ENUM_LABELS.OfficerRole[r.officer.role] },
          { title: '经核验在社区（小时）', render: (_, r) => r.time.hours },
          { title: '自报（小时，不计入）', render: (_, r) => r.time.declaredHours || '—' },
          { title: '边界外签到', render: (_, r) => (r.time.outsideCheckIns ? <Tag color="red">{r.time.outsideCheckIns} 次</Tag> : '—') },
          { title: '应工作（小时）', render: (_, r) => r.time.workingHours },
          { title: '占比', render: (_, r) => percent(r.time.share) },
          { title: '目标', render: (_, r) => percent(r.time.target!) },
          { title: '达标', render: (_, r) => (r.time.meetsTarget ? <Tag color="green">达标</Tag> : <Tag color="red">未达标</Tag>) },
          { title: '未签退', render: (_, r) => r.time.openStays || '—' },
        ]}
      />
    </Card>
  );
}
