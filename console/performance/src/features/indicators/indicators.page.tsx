import { useQuery } from '@apollo/client/react';
import { ErrorNotice, INDICATOR_KIND_LABELS, INDICATOR_SOURCE_LABELS } from '@cp/ui';
import { Card, Table, Tag, Typography } from 'antd';
import { INDICATORS, type IndicatorRow } from './indicators.operations';

/** 考核指标目录: what the work is judged by, with targets and weights on a 100-point scale. */
export function IndicatorsPage() {
  const { data, loading, error } = useQuery(INDICATORS);
  const total = data?.indicators.reduce((s, i) => s + i.weight, 0) ?? 0;
  return (
    <Card title="考核指标目录" extra={<Typography.Text type="secondary">权重合计 {total} 分</Typography.Text>}>
      <ErrorNotice error={error} />
      <Table<IndicatorRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.indicators ?? []}
        pagination={false}
        columns={[
          { title: '代码', dataIndex: 'code' },
          { title: '指标', dataIndex: 'name' },
          { title: '性质', dataIndex: 'kind', render: (k: string) => <Tag color={k === 'outcome' ? 'blue' : 'green'}>{INDICATOR_KIND_LABELS[k] ?? k}</Tag> },
          { title: '来源', dataIndex: 'source', render: (s: string) => INDICATOR_SOURCE_LABELS[s] ?? s },
          {
            title: '目标',
            render: (_, i) => `${i.direction === 'higher_better' ? '≥' : '≤'} ${i.target}${i.unit}`,
          },
          { title: '权重', dataIndex: 'weight' },
          { title: '口径', dataIndex: 'formula' },
        ]}
      />
    </Card>
  );
}
