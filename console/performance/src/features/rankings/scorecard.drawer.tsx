import { useQuery } from '@apollo/client/react';
import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScopeLevel } from '../../gql/graphql';
import { drillDown, fmt } from './drill-down';
import { DualTrackSection } from './dual-track.section';
import { SCORECARD_TREND, type RankingRow, type ScoreLineRow } from './rankings.operations';
import { StationBreakdown } from './station-breakdown';
import { TierTag } from './tier-tag';

/** 记分卡: every point of a score, from the facts (numerator and denominator) to the points. */
export function ScorecardDrawer({
  card,
  period,
  level,
  canRate,
  onRated,
  onClose,
}: {
  card: RankingRow | null;
  period: string;
  level: ScopeLevel;
  /** Whether the caller may score this officer's short line now. */
  canRate: boolean;
  onRated: () => void;
  onClose: () => void;
}) {
  return (
    <Drawer title={card ? `${card.name} · ${period} 记分卡` : ''} open={!!card} onClose={onClose} width={960} destroyOnHidden>
      {card && (
        <>
          <Descriptions size="small" column={4} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="总分">
              <Typography.Text strong data-testid="scorecard-total">
                {fmt(card.total)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="名次">{card.rank ? `${card.rank} / ${card.rankedOf}` : '—'}</Descriptions.Item>
            <Descriptions.Item label="等次">
              <TierTag tier={card.tier} />
            </Descriptions.Item>
            <Descriptions.Item label="状态">{card.published ? <Tag color="blue">已发布快照</Tag> : <Tag>实时草稿</Tag>}</Descriptions.Item>
          </Descriptions>
          {level === 'officer' && <DualTrackSection card={card} period={period} canRate={canRate} onRated={onRated} />}
          <Table<ScoreLineRow>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={card.lines}
            data-testid="scorecard-lines"
            rowClassName={(l) => (l.applicable ? '' : 'ant-table-row-disabled')}
            // a station's line opens onto its communities' shares, and from each to the records
            expandable={
              level === 'station'
                ? { expandedRowRender: (l) => <StationBreakdown stationId={card.scopeId} period={period} code={l.code} />, rowExpandable: (l) => l.applicable }
                : undefined
            }
            columns={[
              { title: '指标', dataIndex: 'name' },
              { title: '目标', render: (_, l) => `${l.direction === 'higher_better' ? '≥' : '≤'} ${l.target}${l.unit}` },
              { title: '权重', dataIndex: 'weight' },
              {
                title: '事实',
                render: (_, l) =>
                  l.numerator === null ? '—' : l.denominator === null ? `${fmt(l.numerator)} ${l.unit}` : `${fmt(l.numerator)} / ${fmt(l.denominator)}`,
              },
              { title: '实际', render: (_, l) => (l.applicable ? `${fmt(l.value)}${l.unit}` : <Tag>不适用</Tag>) },
              { title: '达成度', render: (_, l) => (l.achievement === null ? '—' : `${fmt(l.achievement * 100, 1)}%`) },
              { title: '得分', render: (_, l) => (l.points === null ? '—' : <Typography.Text strong>{fmt(l.points)}</Typography.Text>) },
              {
                title: '明细',
                render: (_, l) => {
                  const to = level === 'community' ? drillDown(l.code, card.scopeId, period) : null;
                  return to ? <Link to={to}>查看记录</Link> : null;
                },
              },
            ]}
          />
          <Trend period={period} level={level} scopeId={card.scopeId} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            得分 = 权重 × 达成度；越高越好的指标达成度 = 实际 ÷ 目标（至多 1），越低越好的比率在目标以内为 1、超出为 目标 ÷ 实际，计数为 (目标 + 1) ÷ (实际 +
            1)。 无分母或无调查的指标不适用，总分按适用指标的权重折算为百分制。
          </Typography.Paragraph>
        </>
      )}
    </Drawer>
  );
}

/** 走势: the total over the last four periods of the same kind (published ones as published). */
function Trend({ period, level, scopeId }: { period: string; level: ScopeLevel; scopeId: string }) {
  const { data } = useQuery(SCORECARD_TREND, { variables: { period, level, scopeId } });
  const points = (data?.scorecardTrend ?? []).map((c) => ({ period: c.period, 总分: c.total, 名次: c.rank }));
  if (points.length < 2) return null;
  return (
    <div style={{ height: 220, marginTop: 16 }} data-testid="scorecard-trend">
      <Typography.Text strong>近四期走势</Typography.Text>
      <ResponsiveContainer>
        <LineChart data={points}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis domain={[0, 100]} />
          <Tooltip />
          <Line type="monotone" dataKey="总分" stroke="#1677ff" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
