import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, formatDateTime, labelOptions } from '@cp/ui';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useStation } from '../../components/use-station';
import type { ApprovalStatus, RestrictedDuty } from '../../gql/graphql';
import { APPROVAL_INBOX, ASSIGN_DUTY, DECIDE_APPROVAL, DUTY_KINDS, REQUEST_APPROVAL, STATION_OFFICERS, type ApprovalRow } from './approvals.operations';

const STATUS_COLORS: Record<string, string> = { pending: 'orange', approved: 'green' };
const ACTIONS: Record<string, string> = { requested: '提交', signed: '签批', approved: '批准', rejected: '驳回', used: '使用', revoked: '撤销' };

/** Where an exception stands: its signatures so far against those its kind needs (本所正职 1/2 · 分局 0/1). */
function progress(a: ApprovalRow): string {
  const count = (levels: string[], level: string) => levels.filter((l) => l === level).length;
  const signed = a.signoffs.map((s) => s.level);
  return (['station', 'district'] as const)
    .filter((level) => count(a.signoffsNeeded, level))
    .map((level) => `${ENUM_LABELS.SignoffLevel[level]} ${count(signed, level)}/${count(a.signoffsNeeded, level)}`)
    .join(' · ');
}

/**
 * 四不准审批: the station head's inbox of exceptions, each with its expiry and its trail; and the
 * place where duties outside the roster are assigned, so the rules are checked where work is given.
 */
export function ApprovalsPage() {
  const { message } = App.useApp();
  const station = useStation();
  const [status, setStatus] = useState<ApprovalStatus | null>('pending' as ApprovalStatus);
  const [dialog, setDialog] = useState<'request' | 'assign' | null>(null);
  const [deciding, setDeciding] = useState<{ approval: ApprovalRow; approve: boolean } | null>(null);
  const [form] = Form.useForm();
  const [decision] = Form.useForm<{ note: string }>();
  const dutyKinds = useQuery(DUTY_KINDS, { variables: { includeInactive: false } });
  const inbox = useQuery(APPROVAL_INBOX, { variables: { stationId: station.stationId, status }, skip: !station.stationId });
  const officers = useQuery(STATION_OFFICERS, { variables: { stationId: station.stationId! }, skip: !station.stationId });
  const [request, requested] = useMutation(REQUEST_APPROVAL);
  const [decide] = useMutation(DECIDE_APPROVAL);
  const [assign, assigned] = useMutation(ASSIGN_DUTY);
  const kind = Form.useWatch('kind', form) as string | undefined;
  const officerOptions = (officers.data?.officers ?? []).filter((o) => o.sworn).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}）` }));

  // every signature and every refusal carries a reason: asked for in a dialog, refused by the server without one
  const onDecide = async () => {
    const { note } = await decision.validateFields();
    const { approval: a, approve } = deciding!;
    const result = (await decide({ variables: { input: { id: a.id, version: a.version, approve, note } } })).data?.decideApproval;
    if (result?.errors.length) {
      message.error(result.errors[0].message);
      return;
    }
    const done = result?.approval?.status;
    message.success(!approve ? '已驳回' : done === 'approved' ? '已批准，审批生效' : '已签批，待下一位签批');
    setDeciding(null);
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
                  earlyReason: v.kind === 'transfer' ? (v.earlyReason ?? null) : null,
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
        message="四不准：不准安排社区民警从事 01、02 巡逻车值守；不准参与常态勤务、值班值守（一级加强勤务除外）；不准从事打击办案；不准未经审批抽调、更换社区民警（先补充、后调离）。确需动用的，须经本所双正职（所长、教导员）签批，常态勤务和调整还须报分局审批；申请人不能签批。"
      />
      <ErrorNotice error={inbox.error ?? officers.error ?? dutyKinds.error ?? requested.error ?? assigned.error} />
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
          {
            title: '理由',
            render: (_, r) => (
              <>
                {r.reason}
                {r.earlyReason && (
                  <div>
                    <Tag color="orange">在岗 {r.tenureYears} 年，未满 5 年</Tag>
                    {r.earlyReason}
                  </div>
                )}
              </>
            ),
          },
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
            title: '签批',
            render: (_, a) => (
              <span data-testid="approval-progress">
                {progress(a)}
                {a.awaiting && <Tag style={{ marginLeft: 8 }}>待{ENUM_LABELS.SignoffLevel[a.awaiting]}</Tag>}
              </span>
            ),
          },
          {
            title: '操作',
            render: (_, a) =>
              a.status === 'pending' &&
              station.isManager && (
                <Space>
                  <Button size="small" type="primary" onClick={() => setDeciding({ approval: a, approve: true })}>
                    签批同意
                  </Button>
                  <Button size="small" onClick={() => setDeciding({ approval: a, approve: false })}>
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
            <Select
              options={
                dialog === 'request'
                  ? labelOptions(ENUM_LABELS.RestrictedDuty)
                  : (dutyKinds.data?.dutyKinds ?? []).map((k) => ({ value: k.code, label: k.restricts ? `${k.name}（受四不准约束）` : k.name }))
              }
            />
          </Form.Item>
          {dialog === 'assign' && dutyKinds.data?.dutyKinds.find((k) => k.code === kind)?.restricts === 'regular_duty' && (
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
          {dialog === 'request' && kind === 'transfer' && (
            <Form.Item name="earlyReason" label="提前调整理由" extra="本岗位工作年限原则上不少于 5 年：在岗未满 5 年的须写明">
              <Input.TextArea rows={2} />
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
      <Modal
        title={deciding?.approve ? '签批同意' : '驳回'}
        open={!!deciding}
        onOk={onDecide}
        onCancel={() => setDeciding(null)}
        okText="确定"
        cancelText="取消"
        destroyOnHidden
      >
        {deciding && (
          <Typography.Paragraph>
            {deciding.approval.officer.name} · {ENUM_LABELS.RestrictedDuty[deciding.approval.kind]}：{deciding.approval.reason}
            <br />
            <Typography.Text type="secondary">须有的签批：{progress(deciding.approval)}；申请人不能签批本人提交的申请。</Typography.Text>
          </Typography.Paragraph>
        )}
        <Form form={decision} layout="vertical" preserve={false}>
          <Form.Item name="note" label="理由" rules={[{ required: true, min: 2, message: '批准或驳回都须写明理由' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
