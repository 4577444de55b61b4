import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Card, List, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { DisputeWorklistQuery } from '../../gql/graphql';
import { BAND_COLORS } from '../../labels';
import { WORKLIST } from './worklist.operations';

type Row = DisputeWorklistQuery['disputeWorklist'][number];

/** 我的纠纷工作: the disputes the officer must act on, most urgent first; nothing here is typed in. */
export function WorklistPage() {
  const { data, loading, error } = useQuery(WORKLIST, { fetchPolicy: 'cache-and-network' });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ErrorNotice error={error} />
      <Card title="我的纠纷工作清单" data-testid="dispute-worklist">
        <Table<Row>
          rowKey="id"
          loading={loading && !data}
          dataSource={data?.disputeWorklist ?? []}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: '暂无待办纠纷' }}
          columns={[
            {
              title: '纠纷',
              dataIndex: 'title',
              render: (t: string, r) => (
                <Space size={4}>
                  <Link to={`/disputes/d/${r.id}`}>{t}</Link>
                  {r.isRepeat && <Tag color="volcano">重复</Tag>}
                </Space>
              ),
            },
            { title: '社区', dataIndex: ['community', 'name'] },
            { title: '状态', dataIndex: 'status', render: (s: string) => ENUM_LABELS.DisputeStatus[s] },
            { title: '级别', dataIndex: 'grade', render: (g: string) => ENUM_LABELS.DisputeGrade[g] },
            { title: '风险', dataIndex: ['risk', 'score'], render: (s: number, r) => <Tag color={BAND_COLORS[r.risk.band]}>{s}</Tag> },
            {
              title: '每周进展',
              dataIndex: 'progressDueAt',
              render: (v: string | null, r) =>
                !v ? '—' : r.progressOverdue ? <Tag color="red">已逾期（{formatDateTime(v)}）</Tag> : `${formatDateTime(v)} 前`,
            },
          ]}
        />
      </Card>
      <Card title="待签收预警" extra={<Link to="/disputes/warnings">预警收件箱</Link>}>
        <List
          size="small"
          dataSource={data?.disputeWarnings.nodes ?? []}
          locale={{ emptyText: '没有待签收的预警' }}
          renderItem={(w) => (
            <List.Item>
              <Space>
                <Tag color="red">{ENUM_LABELS.WarningKind[w.kind]}</Tag>
                {w.dispute && <Link to={`/disputes/d/${w.dispute.id}`}>{w.dispute.title}</Link>}
                {w.message}
              </Space>
              <span>{formatDateTime(w.raisedAt)}</span>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
