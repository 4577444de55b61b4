import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_DESCRIPTIONS, ENUM_LABELS, ErrorNotice, formatDateTime, showUserErrors } from '@cp/ui';
import { App, Button, Card, Col, Form, Input, Modal, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COMPLETE_TASK, TASK_INBOX, type InboxTask } from './inbox.operations';

/**
 * 任务收件箱: every task directed or pushed to the signed-in officer, the earliest due first,
 * with who asked; a task is closed by its record (a visit, an inspection) or a written report.
 */
export function InboxPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(TASK_INBOX);
  const [complete, { loading: saving }] = useMutation(COMPLETE_TASK);
  const [closing, setClosing] = useState<InboxTask | null>(null);
  const [form] = Form.useForm<{ report?: string }>();
  const inbox = data?.taskInbox;
  const templates = new Map((data?.taskTemplates ?? []).map((t) => [t.code, t]));
  const needsReport = closing ? templates.get(closing.templateCode)?.doneBy === 'report' : false;

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
    <Card title="任务收件箱" loading={loading && !data}>
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
      <Table
        rowKey="id"
        size="small"
        dataSource={inbox?.tasks ?? []}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '没有派给您的任务' }}
        data-testid="task-inbox"
        scroll={{ x: 720 }}
        columns={[
          { title: '任务', render: (_, t) => <span title={t.detail ?? undefined}>{t.title}</span> },
          { title: '类别', render: (_, t) => templates.get(t.templateCode)?.name ?? t.templateCode },
          { title: '来源', render: (_, t) => <Tag color={t.way === 'pushed' ? 'purple' : 'blue'}>{ENUM_LABELS.TaskWay[t.way]}</Tag> },
          { title: '下达人', render: (_, t) => (t.departmentCode ? `${t.issuerName}（${t.departmentCode}）` : t.issuerName) },
          { title: '期限', render: (_, t) => <span style={{ color: t.overdue ? '#cf1322' : undefined }}>{formatDateTime(t.dueAt)}</span> },
          {
            title: '状态',
            render: (_, t) =>
              t.status === 'done' ? (
                <Tag color="green">{`已完成 ${formatDateTime(t.doneAt!)}`}</Tag>
              ) : (
                <Tag color={t.overdue ? 'red' : 'orange'}>{t.overdue ? '已逾期' : '待办'}</Tag>
              ),
          },
          {
            title: '',
            render: (_, t) =>
              t.status === 'open' && (
                <Button size="small" onClick={() => setClosing(t)}>
                  完成
                </Button>
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
