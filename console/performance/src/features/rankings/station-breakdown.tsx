import { useQuery } from '@apollo/client/react';
import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { drillDown, fmt } from './drill-down';
import { STATION_COMMUNITY_LINES } from './rankings.operations';

/**
 * A station's line is the sum of its communities' facts: this shows each community's share of
 * one indicator, and from each the records behind it.
 */
export function StationBreakdown({ stationId, period, code }: { stationId: string; period: string; code: string }) {
  const { data, loading } = useQuery(STATION_COMMUNITY_LINES, { variables: { stationId, period } });
  const rows = (data?.station?.ranking ?? []).map((c) => ({ id: c.scopeId, name: c.name, line: c.lines.find((l) => l.code === code) }));
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={rows}
      data-testid="station-breakdown"
      columns={[
        { title: '社区', dataIndex: 'name' },
        {
          title: '事实',
          render: (_, r) => {
            const l = r.line;
            if (!l || l.numerator === null) return '—';
            return l.denominator === null ? `${fmt(l.numerator)} ${l.unit}` : `${fmt(l.numerator)} / ${fmt(l.denominator)}`;
          },
        },
        { title: '实际', render: (_, r) => (r.line?.applicable ? `${fmt(r.line.value)}${r.line.unit}` : <Tag>不适用</Tag>) },
        { title: '得分', render: (_, r) => fmt(r.line?.points) },
        {
          title: '明细',
          render: (_, r) => {
            const to = drillDown(code, r.id, period);
            return to ? <Link to={to}>查看记录</Link> : null;
          },
        },
      ]}
    />
  );
}
