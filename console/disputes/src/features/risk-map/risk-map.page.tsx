import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Card, Col, Row, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DisputeRiskMapQuery } from '../../gql/graphql';
import { BAND_COLORS } from '../../labels';
import { GridMap, type GridCell } from './grid-map';
import { RISK_MAP } from './risk-map.operations';

type CommunityRow = DisputeRiskMapQuery['disputeRiskMap']['communities'][number];

/** 矛盾风险地图: open risk by police grid, drawn from the grids' outlines; the riskiest communities beside it. */
export function RiskMapPage() {
  const [stationId, setStationId] = useState<string | null>(null);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(RISK_MAP, { variables: { stationId } });

  const visibleStations = useMemo(() => {
    const mine = data?.myStations ?? [];
    return stationId ? mine.filter((s) => s.id === stationId) : mine;
  }, [data, stationId]);

  const communityNames = useMemo(() => new Map((data?.myStations ?? []).flatMap((s) => s.communities.map((c) => [c.id, c.name]))), [data]);

  const cells = useMemo<GridCell[]>(() => {
    const risk = new Map((data?.disputeRiskMap.grids ?? []).map((g) => [g.grid.id, g]));
    return visibleStations.flatMap((s) =>
      s.communities.flatMap((c) =>
        c.grids.map((g) => ({ id: g.id, name: g.name, communityName: c.name, boundary: g.boundary ?? [], risk: risk.get(g.id) ?? null })),
      ),
    );
  }, [data, visibleStations]);

  return (
    <Card
      title="矛盾风险地图"
      loading={loading && !data}
      extra={
        <Select
          allowClear
          placeholder="全部派出所"
          style={{ width: 200 }}
          onChange={(v?: string) => setStationId(v ?? null)}
          options={(data?.myStations ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      }
    >
      <ErrorNotice error={error} />
      <Row gutter={16}>
        <Col span={14}>
          <GridMap cells={cells} onSelect={(cell) => navigate(`/disputes/ledger?grid=${cell.id}`)} />
          {data && <div style={{ color: '#888' }}>计算时间 {formatDateTime(data.disputeRiskMap.computedAt)}</div>}
        </Col>
        <Col span={10}>
          <Table<CommunityRow>
            size="small"
            rowKey={(r) => r.community.id}
            dataSource={data?.disputeRiskMap.communities ?? []}
            pagination={{ pageSize: 12 }}
            columns={[
              { title: '社区', render: (_, r) => communityNames.get(r.community.id) ?? '' },
              { title: '在办', dataIndex: 'openDisputes' },
              { title: '高风险', dataIndex: 'highRisk' },
              { title: '评分合计', dataIndex: 'totalScore' },
              { title: '档位', dataIndex: 'band', render: (b: string) => <Tag color={BAND_COLORS[b]}>{ENUM_LABELS.RiskBand[b]}</Tag> },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
