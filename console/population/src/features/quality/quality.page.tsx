import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { Button, Card, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DuplicatesModal } from './duplicates.modal';
import { DATA_QUALITY, type QualityRow } from './quality.operations';

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`);
const rateTag = (rate: number | null | undefined) => (
  <Tag color={rate === null || rate === undefined ? 'default' : rate >= 0.9 ? 'green' : rate >= 0.7 ? 'orange' : 'red'}>{percent(rate)}</Tag>
);

/** The period the schedule facts cover: the 30 days up to now (read once, when the page opens). */
const lastThirtyDays = () => ({ from: dayjs().subtract(30, 'day').toISOString(), to: dayjs().toISOString() });

/**
 * 数据质量: per community in the caller's jurisdiction, how complete and how fresh the records
 * are, the suspected duplicates, and how well the schedules were kept over the last 30 days.
 */
export function QualityPage() {
  const [period] = useState(lastThirtyDays);
  const [duplicatesOf, setDuplicatesOf] = useState<QualityRow | null>(null);
  const { data, loading, error, refetch } = useQuery(DATA_QUALITY, { variables: period });
  const rows = data?.myCommunities ?? [];
  // the weakest communities first, so the chart shows where to work
  const chart = [...rows]
    .sort((a, b) => (a.dataQuality.completeness ?? 1) - (b.dataQuality.completeness ?? 1))
    .slice(0, 15)
    .map((c) => ({
      name: c.name,
      完整率: Math.round((c.dataQuality.completeness ?? 0) * 100),
      鲜活率: Math.round((c.populationFacts.freshRecords.rate ?? 0) * 100),
    }));

  return (
    <Card title="数据质量（近 30 天）">
      <ErrorNotice error={error} />
      <div style={{ height: 280, marginBottom: 16 }} data-testid="quality-chart">
        <ResponsiveContainer>
          <BarChart data={chart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={60} />
            <YAxis unit="%" domain={[0, 100]} />
            <Tooltip />
            <Legend />
            <Bar dataKey="完整率" fill="#1677ff" />
            <Bar dataKey="鲜活率" fill="#52c41a" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table<QualityRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="quality-table"
        columns={[
          { title: '社区', dataIndex: 'name' },
          { title: '派出所', dataIndex: ['station', 'name'] },
          { title: '记录', dataIndex: ['dataQuality', 'records'] },
          { title: '完整率', render: (_, c) => rateTag(c.dataQuality.completeness) },
          { title: '缺电话', dataIndex: ['dataQuality', 'missingPhone'] },
          { title: '缺地址', dataIndex: ['dataQuality', 'missingAddress'] },
          { title: '流动缺户籍地', dataIndex: ['dataQuality', 'floatingWithoutOrigin'] },
          { title: '超期未核查', dataIndex: ['dataQuality', 'staleRecords'] },
          {
            title: '疑似重复',
            render: (_, c) =>
              c.dataQuality.duplicateGroups ? (
                <Button size="small" danger onClick={() => setDuplicatesOf(c)}>
                  {`${c.dataQuality.duplicateGroups} 组`}
                </Button>
              ) : (
                '—'
              ),
          },
          { title: '特定对象按期', render: (_, c) => rateTag(c.populationFacts.specialVisitsOnSchedule.rate) },
          { title: '单位按期检查', render: (_, c) => rateTag(c.populationFacts.unitInspectionsOnSchedule.rate) },
          { title: '流动人口居住登记率', render: (_, c) => rateTag(c.populationFacts.floatingRegistration.rate) },
          { title: '出租房屋备案率', render: (_, c) => rateTag(c.populationFacts.rentalRegistration.rate) },
          { title: '期内走访', dataIndex: ['populationFacts', 'visits'] },
        ]}
      />
      <DuplicatesModal
        community={duplicatesOf}
        onClose={() => {
          setDuplicatesOf(null);
          void refetch();
        }}
      />
    </Card>
  );
}
