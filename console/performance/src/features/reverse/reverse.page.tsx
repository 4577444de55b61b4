import { useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime } from '@cp/ui';
import { Card, Divider, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { recentPeriods } from '../rankings/periods';
import { DepartmentRatingForm } from './rating.form';
import { DEPARTMENT_RANKING, DEPARTMENT_RATINGS, type DepartmentRatingRow, type DepartmentResultRow } from './reverse.operations';

const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(2));

/**
 * 逆考评: each station rates how the functional departments supported it this quarter (so duties
 * are not pushed down onto the stations); the district sees the departments ranked, with every
 * station's examples.
 */
export function ReverseEvaluationPage() {
  const periods = useMemo(() => recentPeriods('quarter', { current: true }), []);
  const [period, setPeriod] = useState(periods[0]!.value);
  const ranking = useQuery(DEPARTMENT_RANKING, { variables: { period } });
  const me = ranking.data?.me;
  const isStationHead = !!me?.roles.includes('station_head');
  const readsRatings = isStationHead || !!me?.roles.includes('district_admin');
  const ratings = useQuery(DEPARTMENT_RATINGS, { variables: { period }, skip: !readsRatings });
  // a station head rates for the stations they head
  const myStations = ranking.data?.myStations ?? [];
  const [chosenStation, setStation] = useState<string | undefined>();
  const stationId = chosenStation ?? myStations[0]?.id;
  const results = ranking.data?.departmentRanking ?? [];
  const all = ratings.data?.departmentRatings ?? [];
  const refresh = () => void Promise.all([ranking.refetch(), ratings.refetch()]);

  return (
    <Card title="逆考评" extra={<Select value={period} onChange={setPeriod} options={periods} style={{ width: 180 }} data-testid="reverse-period" />}>
      <ErrorNotice error={ranking.error ?? ratings.error} />
      {isStationHead && stationId && (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Typography.Text strong>本所评价</Typography.Text>
            {myStations.length > 1 ? (
              <Select value={stationId} onChange={setStation} options={myStations.map((s) => ({ value: s.id, label: s.name }))} style={{ width: 200 }} />
            ) : (
              <Tag>{myStations[0]?.name}</Tag>
            )}
            <Typography.Text type="secondary">各项 0–100 分；本期发布前可修改</Typography.Text>
          </Space>
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            {results.map((r) => (
              <DepartmentRatingForm
                // a new period or station starts from that period's own ratings
                key={`${period}:${stationId}:${r.department.code}:${all.find((x) => x.station.id === stationId && x.department.code === r.department.code)?.version ?? 0}`}
                department={r.department}
                stationId={stationId}
                period={period}
                own={all.find((x) => x.station.id === stationId && x.department.code === r.department.code)}
                onSaved={refresh}
              />
            ))}
          </Space>
          <Divider />
        </>
      )}
      <Typography.Text strong>评价结果（各所平均）</Typography.Text>
      <Table<DepartmentResultRow>
        rowKey={(r) => r.department.code}
        size="small"
        loading={ranking.loading}
        dataSource={results}
        pagination={false}
        style={{ marginTop: 8 }}
        data-testid="department-ranking"
        expandable={
          me?.roles.includes('district_admin')
            ? {
                expandedRowRender: (r) => <RatingsOf ratings={all.filter((x) => x.department.code === r.department.code)} />,
                rowExpandable: (r) => r.stations > 0,
              }
            : undefined
        }
        columns={[
          { title: '名次', dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
          { title: '职能部门', render: (_, r) => r.department.name },
          { title: '评价所数', dataIndex: 'stations' },
          { title: '响应及时', dataIndex: 'responsiveness', render: score },
          { title: '支撑有效', dataIndex: 'effectiveness', render: score },
          { title: '不转嫁责任', dataIndex: 'ownership', render: score },
          { title: '综合得分', dataIndex: 'score', render: (s: number | null) => <Typography.Text strong>{score(s)}</Typography.Text> },
          { title: '低分评价', dataIndex: 'poorRatings', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
          {
            // what each department pushed down to community officers this period, from the admission gate's counts
            title: '推送任务（送达 / 被拒）',
            render: (_, r) => {
              const p = r.department.pushes;
              if (!p) return '—';
              const why = p.refusals.map((x) => `${x.label} ${x.count}`).join('，');
              return (
                <span title={why || undefined}>
                  {p.pushed} 次（{p.admitted} / {p.refused ? <Typography.Text type="danger">{p.refused}</Typography.Text> : 0}）
                </span>
              );
            },
          },
        ]}
      />
      {results.some((r) => r.score !== null) && (
        <div style={{ height: 240, marginTop: 16 }}>
          <ResponsiveContainer>
            <BarChart data={results.filter((r) => r.score !== null).map((r) => ({ name: r.department.name, 综合得分: r.score }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis domain={[0, 100]} />
              <Tooltip />
              <Bar dataKey="综合得分" fill="#1677ff" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}

/** The district's view of one department: each station's scores and the examples it gave. */
function RatingsOf({ ratings }: { ratings: DepartmentRatingRow[] }) {
  return (
    <Table<DepartmentRatingRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={ratings}
      columns={[
        { title: '派出所', render: (_, r) => r.station.name },
        { title: '响应及时', dataIndex: 'responsiveness' },
        { title: '支撑有效', dataIndex: 'effectiveness' },
        { title: '不转嫁责任', dataIndex: 'ownership' },
        { title: '平均', dataIndex: 'score', render: score },
        { title: '事例', dataIndex: 'comment', render: (c: string | null) => c ?? '—' },
        { title: '评价人', render: (_, r) => `${r.ratedBy} ${formatDateTime(r.ratedAt)}` },
      ]}
    />
  );
}
