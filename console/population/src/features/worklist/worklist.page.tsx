import { useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime } from '@cp/ui';
import { Button, Card, Col, Row, Segmented, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { RecordVisitModal, type VisitTarget } from '../../components/record-visit.modal';
import type { VisitKind } from '../../gql/graphql';
import { WORKLIST, type WorkItemRow } from './worklist.operations';

/** The kind of record each kind of work item is closed by. */
const KIND_OF: Record<WorkItemRow['kind'], VisitKind> = {
  special_visit: 'visit',
  care_visit: 'visit',
  verification: 'verification',
  unit_inspection: 'inspection',
  unit_recheck: 'recheck',
};

const targetOf = (i: WorkItemRow): VisitTarget =>
  i.unit
    ? { subjectType: 'unit', subjectId: i.unit.id, name: i.unit.name, kind: KIND_OF[i.kind] }
    : { subjectType: 'resident', subjectId: i.resident!.id, name: i.resident!.name, kind: KIND_OF[i.kind] };

/** When an item is due, as an officer reads it. */
function DueTag({ item, today }: { item: WorkItemRow; today: string }) {
  if (item.overdueDays > 0) return <Tag color="red">逾期 {item.overdueDays} 天</Tag>;
  const day = new Date(+new Date(item.dueAt) + 8 * 3_600_000).toISOString().slice(0, 10);
  return day <= today ? <Tag color="orange">今日到期</Tag> : <Tag>{day} 到期</Tag>;
}

/**
 * 今日工作 (每日重点工作内容推送): what the schedules say is due today or overdue, with the next
 * three days ahead; each item is closed by recording the visit, check or inspection itself.
 */
export function WorklistPage() {
  const [horizon, setHorizon] = useState(3);
  const { data, loading, error, refetch } = useQuery(WORKLIST, { variables: { horizonDays: horizon }, fetchPolicy: 'cache-and-network' });
  const [recording, setRecording] = useState<VisitTarget | null>(null);
  const worklist = data?.populationWorklist;
  const total = (key: 'overdue' | 'dueToday' | 'upcoming') => worklist?.counts.reduce((n, c) => n + c[key], 0) ?? 0;

  return (
    <Card
      title={`今日工作 ${worklist?.date ?? ''}`}
      extra={
        <Segmented
          value={horizon}
          onChange={(v) => setHorizon(v as number)}
          options={[
            { value: 0, label: '今日与逾期' },
            { value: 3, label: '含未来 3 天' },
            { value: 7, label: '含未来 7 天' },
          ]}
        />
      }
    >
      <ErrorNotice error={error} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title="已逾期" value={total('overdue')} valueStyle={{ color: '#cf1322' }} />
        </Col>
        <Col span={6}>
          <Statistic title="今日到期" value={total('dueToday')} valueStyle={{ color: '#d46b08' }} />
        </Col>
        <Col span={6}>
          <Statistic title="即将到期" value={total('upcoming')} />
        </Col>
        <Col span={6}>
          {worklist?.counts
            .filter((c) => c.overdue + c.dueToday + c.upcoming > 0)
            .map((c) => (
              <Tag key={c.kind} style={{ marginBottom: 4 }}>
                {ENUM_LABELS.WorkItemKind[c.kind]} {c.overdue + c.dueToday + c.upcoming}
              </Tag>
            ))}
        </Col>
      </Row>
      <Table<WorkItemRow>
        rowKey={(i) => `${i.kind}:${i.resident?.id ?? i.unit?.id}`}
        loading={loading && !data}
        dataSource={worklist?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '今天没有到期的工作' }}
        data-testid="worklist"
        columns={[
          { title: '事项', dataIndex: 'kind', render: (k: WorkItemRow['kind']) => <Tag color="blue">{ENUM_LABELS.WorkItemKind[k]}</Tag> },
          {
            title: '对象',
            render: (_, i) =>
              i.resident ? (
                <>
                  <Link to={`/population/residents/${i.resident.id}`}>{i.resident.name}</Link> <Tag>{ENUM_LABELS.ResidentKind[i.resident.kind]}</Tag>
                </>
              ) : (
                <>
                  {i.unit?.name} {i.unit?.key && <Tag color="volcano">重点单位</Tag>}
                </>
              ),
          },
          { title: '社区', dataIndex: ['community', 'name'] },
          { title: '事由', dataIndex: 'reason' },
          { title: '上次', dataIndex: 'lastAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
          { title: '期限', render: (_, i) => <DueTag item={i} today={worklist!.date} /> },
          {
            title: '',
            render: (_, i) => (
              <Button size="small" type="primary" onClick={() => setRecording(targetOf(i))}>
                记录
              </Button>
            ),
          },
        ]}
      />
      <RecordVisitModal target={recording} onClose={() => setRecording(null)} onRecorded={() => void refetch()} />
    </Card>
  );
}
