import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_DESCRIPTIONS, ENUM_LABELS, ErrorNotice, formatDateTime, showUserErrors } from '@cp/ui';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { COMPLETE_TASK, TASK_INBOX, type InboxStandingTask, type InboxTask } from './inbox.operations';

/** One line of the inbox: a task someone gave, or work the rules made due. */
type Row = { key: string; dueAt: string; overdue: boolean; task?: InboxTask; standing?: InboxStandingTask };

/** Where the record that closes a standing task is made. */
function StandingAction({ t }: { t: InboxStandingTask }) {
  if (t.dispute) return <Link to={`/disputes/d/${t.dispute.id}`}>去处置</Link>;
  if (t.resident) return <Link to={`/population/residents/${t.resident.id}`}>去走访</Link>;
  return <Link to="/population/worklist">去检查</Link>;
}

/**
 * 任务收件箱: everything asked of the signed-in officer in one list, the earliest due first:
 * the standing work the rules make due (closed by making its record), and the tasks directed or
 * pushed to them with who asked (closed by their record or a written report).
 */
export function InboxPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(TASK_INBOX);
  const [complete, { loading: saving }] = useMutation(COMPLETE_TASK);
  const [closing, setClosing] = useState<InboxTask | null>(null);
  const [show, setShow] = useState<'all' | 'standing' | 'given'>('all');
  const [form] = Form.useForm<{ report?: string }>();
  const inbox = data?.taskInbox;
  const templates = new Map((data?.taskTemplates ?? []).map((t) => [t.code, t]));
  const needsReport = closing ? templates.get(closing.templateCode)?.doneBy === 'report' : false;
  const tasks = inbox?.tasks ?? [];
  const open = tasks.filter((t) => t.status === 'open');
  const all: Row[] = [
    ...[
      ...open.map((t) => ({ key: t.id, dueAt: t.dueAt, overdue: t.overdue, task: t })),
      ...(inbox?.standing ?? []).map((t) => ({ key: t.id, dueAt: t.dueAt, overdue: t.overdue, standing: t })),
    ].sort((a, b) => +new Date(a.dueAt) - +new Date(b.dueAt)),
    ...tasks.filter((t) => t.status === 'done').map((t) => ({ key: t.id, dueAt: t.dueAt, overdue: false, task: t })),
  ];
  const rows = show === 'all' ? all : all.filter((r) => (show === 'standing' ? r.standing : r.task));

  const submit = async () => {
    if (!closing) return;
    const { report } = await form.validateFields();
    const result = (await complete({ variables: { input: { id: closing.id, version: closing.version, report: report ?? null } } })).data?.completeTask;
    if (showUserErrors(form, ['report'], result?.errors, message.error) || !result) return;
    message.success('任务已完成');
    setClosing(null);
    form.resetFields();
    void refetch();
  };

  return (
    <Card
      title="任务收件箱"
      loading={loading && !data}
      extra={
        <Segmented
          value={show}
          onChange={(v) => setShow(v as typeof show)}
          options={[
            { value: 'all', label: '全部' },
            { value: 'standing', label: `规定任务 ${inbox?.standing?.length ?? 0}` },
            { value: 'given', label: '指令与推送' },
          ]}
        />
      }
    >
      <ErrorNotice error={error} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title="待办" value={inbox?.open ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="今日到期" value={inbox?.dueToday ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="已逾期" value={inbox?.overdue ?? 0} valueStyle={{ color: inbox?.overdue ? '#cf1322' : undefined }} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="近 30 天完成" value={inbox?.done ?? 0} />
        </Col>
      </Row>
      {inbox && !inbox.standing && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="规定任务暂时无法读取（人口或纠纷服务不可用），下列只有指令与推送任务" />
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '今天没有待办的任务' }}
        data-testid="task-inbox"
        scroll={{ x: 720 }}
        columns={[
          {
            title: '任务',
            render: (_, r) =>
              r.standing ? (
                <span>{r.standing.resident?.name ?? r.standing.unit?.name ?? r.standing.dispute?.title ?? ''}</span>
              ) : (
                <span title={r.task!.detail ?? undefined}>{r.task!.title}</span>
              ),
          },
          {
            title: '类别',
            render: (_, r) =>
              r.standing
                ? `${ENUM_LABELS.StandingTaskKind[r.standing.kind]}：${r.standing.reason}`
                : (templates.get(r.task!.templateCode)?.name ?? r.task!.templateCode),
          },
          {
            title: '来源',
            render: (_, r) =>
              r.standing ? <Tag color="cyan">规定</Tag> : <Tag color={r.task!.way === 'pushed' ? 'purple' : 'blue'}>{ENUM_LABELS.TaskWay[r.task!.way]}</Tag>,
          },
          {
            title: '下达人',
            render: (_, r) => (r.standing ? '工作规则' : r.task!.departmentCode ? `${r.task!.issuerName}（${r.task!.departmentCode}）` : r.task!.issuerName),
          },
          { title: '期限', render: (_, r) => <span style={{ color: r.overdue ? '#cf1322' : undefined }}>{formatDateTime(r.dueAt)}</span> },
          {
            title: '状态',
            render: (_, r) =>
              r.task?.status === 'done' ? (
                <Tag color="green">{`已完成 ${formatDateTime(r.task.doneAt!)}`}</Tag>
              ) : (
                <Tag color={r.overdue ? 'red' : 'orange'}>{r.overdue ? '已逾期' : '待办'}</Tag>
              ),
          },
          {
            title: '',
            render: (_, r) =>
              r.standing ? (
                <StandingAction t={r.standing} />
              ) : (
                r.task!.status === 'open' && (
                  <Button size="small" onClick={() => setClosing(r.task!)}>
                    完成
                  </Button>
                )
              ),
          },
        ]}
      />
      <Modal open={!!closing} title={closing?.title} onCancel={() => setClosing(null)} onOk={submit} okText="完成" confirmLoading={saving} destroyOnHidden>
        <Typography.Paragraph type="secondary">
          完成标准：{closing ? ENUM_DESCRIPTIONS.TaskDoneBy[templates.get(closing.templateCode)?.doneBy ?? 'report'] : ''}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          {needsReport && (
            <Form.Item name="report" label="书面反馈" rules={[{ required: true, min: 10, message: '请写明发现的情况（至少 10 字）' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
