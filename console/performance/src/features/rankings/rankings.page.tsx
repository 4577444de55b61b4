import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_DESCRIPTIONS, ErrorNotice } from '@cp/ui';
import { App, Button, Card, Popconfirm, Radio, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ScopeLevel } from '../../gql/graphql';
import { fmt } from './drill-down';
import { PERIOD_KINDS, recentPeriods, type PeriodKind } from './periods';
import { PUBLISH_PERIOD, RANKING, type RankingRow } from './rankings.operations';
import { ScorecardDrawer } from './scorecard.drawer';
import { TierTag } from './tier-tag';
import { WarningsCard } from './warnings.card';

/**
 * 考核排名: stations, communities or officers ranked for a week, month, quarter or year (周小结、
 * 月通报、季排名、年评比) from the work recorded in the other domains; a row opens its scorecard.
 * District admins publish an ended period, freezing it.
 */
export function RankingsPage() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const periods = useMemo(() => recentPeriods(kind), [kind]);
  const [period, setPeriod] = useState(periods[0]!.value);
  const [level, setLevel] = useState<ScopeLevel>('station');
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(RANKING, { variables: { period, level } });
  const [publish, publishing] = useMutation(PUBLISH_PERIOD);
  const rows = data?.ranking ?? [];
  const published = rows.some((r) => r.published);
  const isAdmin = !!data?.me.roles.includes('district_admin');
  const open = rows.find((r) => r.scopeId === openId) ?? null;
  // the short line is scored by the officer's own station's leadership, before publication
  const canRate = !!open && !open.published && !!data?.me.roles.includes('station_head') && !!data.me.stationIds.includes(open.stationId);
  const chooseKind = (k: PeriodKind) => {
    setKind(k);
    setPeriod(recentPeriods(k)[0]!.value);
  };

  const doPublish = async () => {
    const result = (await publish({ variables: { period } })).data?.publishPeriod;
    if (!result || result.errors.length) return void message.error(result?.errors.map((e) => e.message).join('；') ?? '发布失败');
    message.success(`已发布 ${result.published} 份记分卡，下发考核预警 ${result.warnings} 项`);
    void refetch();
  };

  return (
    <Card
      title={`考核排名 · ${PERIOD_KINDS.find((k) => k.value === kind)!.label}`}
      extra={
        <Space>
          <Segmented<PeriodKind> value={kind} onChange={chooseKind} options={PERIOD_KINDS} data-testid="period-kind" />
          <Select value={period} onChange={setPeriod} options={periods} style={{ width: 180 }} data-testid="period" />
          <Radio.Group
            value={level}
            onChange={(e) => setLevel(e.target.value as ScopeLevel)}
            optionType="button"
            options={[
              { value: 'station', label: '派出所' },
              { value: 'community', label: '社区' },
              { value: 'officer', label: '社区民警' },
            ]}
          />
          {published ? (
            <Tag color="blue">已发布</Tag>
          ) : (
            isAdmin && (
              <Popconfirm title="发布后本期全部记分卡冻结为快照，不再随数据变化。确认发布？" onConfirm={doPublish} okText="发布" cancelText="取消">
                <Button type="primary" loading={publishing.loading}>
                  发布本期
                </Button>
              </Popconfirm>
            )
          )}
        </Space>
      }
    >
      <ErrorNotice error={error} />
      {!published && !loading && rows.length > 0 && <Typography.Paragraph type="secondary">本期未发布：以下为按现有数据实时计算的草稿。</Typography.Paragraph>}
      <Table<RankingRow>
        rowKey="scopeId"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="ranking"
        onRow={(r) => ({ onClick: () => setOpenId(r.scopeId), style: { cursor: 'pointer' } })}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 80 },
          { title: ENUM_DESCRIPTIONS.ScopeLevel[level], dataIndex: 'name' },
          { title: '总分', dataIndex: 'total', render: (t: number | null) => (t === null ? '—' : t.toFixed(2)) },
          ...(level === 'officer'
            ? [
                { title: '长线', render: (_: unknown, r: RankingRow) => fmt(r.dualTrack?.longLine) },
                { title: '短线', render: (_: unknown, r: RankingRow) => (r.dualTrack?.shortLine == null ? '未评' : fmt(r.dualTrack.shortLine)) },
              ]
            : []),
          { title: '等次', dataIndex: 'tier', render: (t: string | null) => <TierTag tier={t} /> },
          {
            title: '失分最多的指标',
            render: (_, r) => {
              const worst = r.lines.filter((l) => l.applicable && l.points !== null).sort((a, b) => b.weight - b.points! - (a.weight - a.points!))[0];
              return worst && worst.weight - worst.points! > 0.005 ? `${worst.name}（失 ${(worst.weight - worst.points!).toFixed(2)} 分）` : '—';
            },
          },
        ]}
      />
      <ScorecardDrawer card={open} period={period} level={level} canRate={canRate} onRated={() => void refetch()} onClose={() => setOpenId(null)} />
      {published && <WarningsCard period={period} />}
    </Card>
  );
}
