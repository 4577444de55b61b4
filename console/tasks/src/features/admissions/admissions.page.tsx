import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice, formatDateTime, showUserErrors } from '@cp/ui';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { TaskAdmissionsQuery } from '../../gql/graphql';
import { ADMISSIONS, DECIDE_ADMISSION, ME, PUSH_COUNTS, REQUEST_ADMISSION } from './admissions.operations';

type Admission = TaskAdmissionsQuery['taskAdmissions'][number];

/**
 * 任务准入: a department's template reaches community officers only once the district admitted
 * it, decided by an administrator other than the one who entered the request; beside it, what
 * each department pushed this quarter and how much of it was refused (for the reverse evaluation).
 */
export function AdmissionsPage() {
  const me = useQuery(ME);
  const isDistrict = !!me.data?.me.roles.includes('district_admin');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {isDistrict && <AdmissionsCard />}
      <PushCountsCard />
    </Space>
  );
}

function AdmissionsCard() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ADMISSIONS);
  const [request, requesting] = useMutation(REQUEST_ADMISSION);
  const [decide, deciding] = useMutation(DECIDE_ADMISSION);
  const [asking, setAsking] = useState(false);
  const [deciding_, setDeciding] = useState<{ a: Admission; approve: boolean } | null>(null);
  const [askForm] = Form.useForm<{ templateCode: string; departmentCode: string; reason: string }>();
  const [decideForm] = Form.useForm<{ note: string; expiresAt?: Dayjs }>();
  const templates = new Map((data?.taskTemplates ?? []).map((t) => [t.code, t.name]));
  const departments = new Map((data?.departments ?? []).map((d) => [d.code, d.name]));

  const ask = async () => {
    const v = await askForm.validateFields();
    const result = (await request({ variables: { input: v } })).data?.requestTaskAdmission;
    if (showUserErrors(askForm, ['templateCode', 'departmentCode', 'reason'], result?.errors, message.error) || !result) return;
    message.success('已登记准入申请，待另一名管理员审核');
    setAsking(false);
    askForm.resetFields();
    void refetch();
  };
  const decideIt = async () => {
    if (!deciding_) return;
    const v = await decideForm.validateFields();
    const input = { id: deciding_.a.id, version: deciding_.a.version, approve: deciding_.approve, note: v.note, expiresAt: v.expiresAt?.toISOString() ?? null };
    const result = (await decide({ variables: { input } })).data?.decideTaskAdmission;
    if (showUserErrors(decideForm, ['note', 'expiresAt'], result?.errors, message.error) || !result) return;
    message.success(deciding_.approve ? '已准入' : '已驳回');
    setDeciding(null);
    decideForm.resetFields();
    void refetch();
  };

  return (
    <Card
      title="任务准入"
      loading={loading && !data}
      extra={
        <Button type="primary" onClick={() => setAsking(true)}>
          登记准入申请
        </Button>
      }
    >
      <ErrorNotice error={error} />
      <Table
        rowKey="id"
        size="small"
        dataSource={data?.taskAdmissions ?? []}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '尚无准入申请' }}
        data-testid="admissions"
        scroll={{ x: 900 }}
        columns={[
          { title: '职能部门', render: (_, a) => departments.get(a.departmentCode) ?? a.departmentCode },
          { title: '任务标准件', render: (_, a) => templates.get(a.templateCode) ?? a.templateCode },
          { title: '理由', dataIndex: 'reason' },
          { title: '申请', render: (_, a) => `${a.requestedByName} ${formatDateTime(a.requestedAt)}` },
          {
            title: '状态',
            render: (_, a) =>
              a.status === 'pending' ? (
                <Tag color="orange">待审核</Tag>
              ) : a.inForce ? (
                <Tag color="green">{a.expiresAt ? `已准入，至 ${formatDateTime(a.expiresAt)}` : '已准入'}</Tag>
              ) : (
                <Tag>{a.status === 'rejected' ? '未准入' : '已过期'}</Tag>
              ),
          },
          { title: '审核', render: (_, a) => (a.decidedByName ? `${a.decidedByName}：${a.decisionNote ?? ''}` : '') },
          {
            title: '',
            render: (_, a) =>
              a.status === 'pending' && (
                <Space>
                  <Button size="small" type="primary" onClick={() => setDeciding({ a, approve: true })}>
                    准入
                  </Button>
                  <Button size="small" danger onClick={() => setDeciding({ a, approve: false })}>
                    驳回
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal open={asking} title="登记准入申请" onCancel={() => setAsking(false)} onOk={ask} okText="登记" confirmLoading={requesting.loading} destroyOnHidden>
        <Form form={askForm} layout="vertical">
          <Form.Item name="departmentCode" label="职能部门" rules={[{ required: true, message: '请选择职能部门' }]}>
            <Select options={(data?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
          <Form.Item name="templateCode" label="任务标准件" rules={[{ required: true, message: '请选择任务标准件' }]}>
            <Select options={(data?.taskTemplates ?? []).filter((t) => t.ways.includes('pushed')).map((t) => ({ value: t.code, label: t.name }))} />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, min: 10, message: '请写明为何需要社区民警承担（至少 10 字）' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!deciding_}
        title={deciding_?.approve ? '准入' : '驳回'}
        onCancel={() => setDeciding(null)}
        onOk={decideIt}
        okText="确定"
        confirmLoading={deciding.loading}
        destroyOnHidden
      >
        <Form form={decideForm} layout="vertical">
          <Form.Item name="note" label="审核意见" rules={[{ required: true, min: 2, message: '请写明审核意见' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          {deciding_?.approve && (
            <Form.Item name="expiresAt" label="有效期至" extra="不填则长期有效">
              <DatePicker disabledDate={(d) => d.isBefore(dayjs())} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

function PushCountsCard() {
  // this quarter so far, read once when the page opens
  const period = useMemo(() => {
    const now = dayjs();
    return {
      from: now
        .month(Math.floor(now.month() / 3) * 3)
        .startOf('month')
        .toISOString(),
      to: now.add(1, 'day').toISOString(),
    };
  }, []);
  const { data, loading, error } = useQuery(PUSH_COUNTS, { variables: period });
  const departments = new Map((data?.departments ?? []).map((d) => [d.code, d.name]));
  return (
    <Card title="本季度各职能部门推送任务" loading={loading && !data}>
      <ErrorNotice error={error} />
      <Table
        rowKey="departmentCode"
        size="small"
        pagination={false}
        dataSource={data?.taskPushCounts ?? []}
        locale={{ emptyText: '本季度没有推送' }}
        data-testid="push-counts"
        columns={[
          { title: '职能部门', render: (_, c) => departments.get(c.departmentCode) ?? c.departmentCode },
          { title: '推送', dataIndex: 'pushed' },
          { title: '送达', dataIndex: 'admitted' },
          { title: '被拒', dataIndex: 'refused' },
          { title: '拒绝原因', render: (_, c) => c.refusals.map((r) => `${r.label} ${r.count}`).join('，') },
        ]}
      />
    </Card>
  );
}
