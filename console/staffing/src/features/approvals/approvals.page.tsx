import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime, labelOptions } from '@cp/ui';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Timeline } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useStation } from '../../components/use-station';
import type { ApprovalStatus, RestrictedDuty } from '../../gql/graphql';
import { APPROVAL_INBOX, ASSIGN_DUTY, DECIDE_APPROVAL, REQUEST_APPROVAL, STATION_OFFICERS, type ApprovalRow } from './approvals.operations';

const STATUS_COLORS: Record<string, string> = { pending: 'orange', approved: 'green' };
const ACTIONS: Record<string, string> = { requested: '提交', approved: '批准', rejected: '驳回', used: '使用', revoked: '撤销' };
const DUTY_KINDS: Record<string, string | undefined> = { ...ENUM_LABELS.RestrictedDuty, community_patrol: '社区巡防', visit: '走访' };
delete DUTY_KINDS.transfer;

/**
 * 四不准审批: the station head's inbox of exceptions, each with its expiry and its trail; and the
 * place where duties outside the roster are assigned, so the rules are checked where work is given.
 */
export function ApprovalsPage() {
  const { message } = App.useApp();
  const station = useStation();
  const [status, setStatus] = useState<ApprovalStatus | null>('pending' as ApprovalStatus);
  const [dialog, setDialog] = useState<'request' | 'assign' | null>(null);
  const [form] = Form.useForm();
  const inbox = useQuery(APPROVAL_INBOX, { variables: { stationId: station.stationId, status }, skip: !station.stationId });
  const officers = useQuery(STATION_OFFICERS, { variables: { stationId: station.stationId! }, skip: !station.stationId });
  const [request, requested] = useMutation(REQUEST_APPROVAL);
  const [decide] = useMutation(DECIDE_APPROVAL);
  const [assign, assigned] = useMutation(ASSIGN_DUTY);
  const kind = Form.useWatch('kind', form) as string | undefined;
  const officerOptions = (officers.data?.officers ?? []).filter((o) => o.sworn).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}）` }));

  const onDecide = async (a: ApprovalRow, approve: boolean) => {
    const errors = (await decide({ variables: { input: { id: a.id, version: a.version, approve } } })).data?.decideApproval.errors;
    if (errors?.length) message.error(errors[0].message);
    else message.success(approve ? '已批准' : '已驳回');
    void inbox.refetch();
  };

  const submit = async () => {
    const v = await form.validateFields();
    const [start, end] = (v.period ?? []) as Dayjs[];
    const result =
      dialog === 'request'
        ? (
            await request({
              variables: {
                input: {
                  officerId: v.officerId,
                  kind: v.kind as RestrictedDuty,
                  reason: v.reason,
                  validFrom: start?.toISOString() ?? null,
                  validUntil: end?.toISOString() ?? null,
                  replacementOfficerId: v.replacementOfficerId ?? null,
                  toRole: v.kind === 'transfer' ? 'case_team' : null,
                },
              },
            })
          ).data?.requestApproval
        : (
            await assign({
              variables: {
                input: {
                  officerId: v.officerId,
                  kind: v.kind,
                  reinforcement: v.reinforcement ?? 'none',
                  startsAt: start.toISOString(),
                  endsAt: end.toISOString(),
                  note: v.reason ?? null,
                },
              },
            })
          ).data?.assignDuty;
    if (!result) return;
    if (result.errors.length) {
      form.setFields(
        result.errors.map((e) => ({ name: e.field === 'validUntil' || e.field === 'endsAt' ? 'period' : (e.field ?? 'kind'), errors: [e.message] })),
      );
      return;
    }
    message.success(dialog === 'request' ? '已提交审批' : '已安排');
    setDialog(null);
    void inbox.refetch();
  };

  return (
    <Card
      title="四不准审批"
      extra={
        <Space>
          <Select style={{ width: 180 }} value={station.stationId} options={station.options} onChange={station.setStationId} />
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 120 }}
            value={status}
            onChange={(v?: ApprovalStatus) => setStatus(v ?? null)}
            options={labelOptions(ENUM_LABELS.ApprovalStatus)}
          />
          <Button onClick={() => setDialog('request')}>提交审批</Button>
          {station.isManager && (
            <Button type="primary" onClick={() => setDialog('assign')}>
              安排工作
            </Button>
          )}
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="四不准：不准安排社区民警从事 01、02 巡逻车值守；不准参与常态勤务（一级加强勤务除外）；不准从事打击办案；不准未经审批抽调、更换社区民警（先补充、后调离）。"
      />
      <ErrorNotice error={inbox.error ?? officers.error ?? requested.error ?? assigned.error} />
      <Table<ApprovalRow>
        rowKey="id"
        loading={inbox.loading}
        dataSource={inbox.data?.approvals ?? []}
        expandable={{
          expandedRowRender: (a) => (
            <Timeline
              items={a.trail.map((t) => ({
                children: `${formatDateTime(t.at)} ${t.actorName} ${ACTIONS[t.action] ?? t.action}${t.note ? `：${t.note}` : ''}`,
              }))}
            />
          ),
        }}
        columns={[
          { title: '民警', render: (_, a) => `${a.officer.name}（${a.officer.badgeNo}）` },
          { title: '事项', dataIndex: 'kind', render: (k: string) => ENUM_LABELS.RestrictedDuty[k] },
          { title: '理由', dataIndex: 'reason' },
          {
            title: '有效期',
            render: (_, a) => (
              <span
                style={{ color: a.expired ? '#999' : undefined }}
              >{`${formatDateTime(a.validFrom)} 至 ${formatDateTime(a.validUntil)}${a.expired ? '（已过期）' : ''}`}</span>
            ),
          },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLORS[s] ?? 'default'}>{ENUM_LABELS.ApprovalStatus[s] ?? s}</Tag> },
          {
            title: '操作',
            render: (_, a) =>
              a.status === 'pending' &&
              station.isManager && (
                <Space>
                  <Button size="small" type="primary" onClick={() => onDecide(a, true)}>
                    批准
                  </Button>
                  <Button size="small" onClick={() => onDecide(a, false)}>
                    驳回
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        title={dialog === 'request' ? '提交四不准例外审批' : '安排排班以外的工作'}
        open={!!dialog}
        onOk={submit}
        onCancel={() => setDialog(null)}
        okText="确定"
        cancelText="取消"
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="officerId" label="民警" rules={[{ required: true, message: '请选择民警' }]}>
            <Select showSearch optionFilterProp="label" options={officerOptions} />
          </Form.Item>
          <Form.Item name="kind" label="事项" rules={[{ required: true, message: '请选择事项' }]}>
            <Select options={labelOptions(dialog === 'request' ? ENUM_LABELS.RestrictedDuty : DUTY_KINDS)} />
          </Form.Item>
          {dialog === 'assign' && kind === 'regular_duty' && (
            <Form.Item name="reinforcement" label="勤务等级" initialValue="none">
              <Select
                options={[
                  { value: 'none', label: '常态' },
                  { value: 'level_one', label: '一级加强勤务' },
                ]}
              />
            </Form.Item>
          )}
          {dialog === 'request' && kind === 'transfer' && (
            <Form.Item name="replacementOfficerId" label="接替民警（先补充、后调离）">
              <Select allowClear showSearch optionFilterProp="label" options={officerOptions} />
            </Form.Item>
          )}
          <Form.Item
            name="period"
            label={dialog === 'request' ? '有效期（默认 7 天）' : '时段'}
            rules={dialog === 'assign' ? [{ required: true, message: '请选择时段' }] : []}
          >
            <DatePicker.RangePicker showTime />
          </Form.Item>
          <Form.Item
            name="reason"
            label={dialog === 'request' ? '理由' : '说明'}
            rules={dialog === 'request' ? [{ required: true, min: 2, message: '请写明理由' }] : []}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
