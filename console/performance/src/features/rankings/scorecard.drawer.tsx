import { useQuery } from '@apollo/client/react';
import { Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScopeLevel } from '../../gql/graphql';
import { SCORECARD_TREND, type RankingRow, type ScoreLineRow } from './rankings.operations';
import { TierTag } from './tier-tag';

/**
 * Where the records behind a community's line are, in the remote that owns them: the list
 * filtered to what the line counts (the unregistered floating residents, the unfiled rentals…).
 */
function drillDown(code: string, communityId: string): string | null {
  const c = encodeURIComponent(communityId);
  const paths: Record<string, string> = {
    FLOATING_REGISTRATION: `/population/residents?community=${c}&kind=floating&residence=unregistered`,
    RENTAL_REGISTRATION: `/population/housing?community=${c}&use=rented&rentalUnregistered=1`,
    SPECIAL_PERSON_VISITS: `/population/residents?community=${c}&overdue=1`,
    KEY_UNIT_INSPECTIONS: `/population/units`,
    DISPUTES_RESOLVED: `/disputes/ledger?community=${c}`,
    REPEAT_DISPUTES: `/disputes/ledger?community=${c}&repeat=1`,
    OVERDUE_DISPUTES: `/disputes/ledger?community=${c}&overdue=1`,
    TIME_IN_COMMUNITY: `/staffing/presence`,
    SATISFACTION: `/performance/surveys?community=${c}`,
  };
  return paths[code] ?? null;
}

const fmt = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '—' : String(Math.round(n * 10 ** digits) / 10 ** digits));

/** 记分卡: every point of a score, from the facts (numerator and denominator) to the points. */
export function ScorecardDrawer({ card, period, level, onClose }: { card: RankingRow | null; period: string; level: ScopeLevel; onClose: () => void }) {
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
          <Table<ScoreLineRow>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={card.lines}
            data-testid="scorecard-lines"
            rowClassName={(l) => (l.applicable ? '' : 'ant-table-row-disabled')}
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
                  const to = level === 'community' ? drillDown(l.code, card.scopeId) : null;
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
