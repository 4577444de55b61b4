import { useMutation, useQuery } from '@apollo/client/react';
import { ENUM_LABELS, ErrorNotice, labelOptions } from '@cp/ui';
import { App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { TransferTarget } from '../../gql/graphql';
import {
  ASSESS,
  CHANGE_GRADE,
  ESCALATE,
  ISSUE_NOTICE,
  RECEIVING_BODIES,
  REOPEN,
  REPORT_PROGRESS,
  RESOLVE,
  START_MEDIATION,
  TRANSFER,
  TRANSFER_OUTCOME,
  TRANSFER_RECEIPT,
  type DisputeDetail,
} from './detail.operations';

/** Everything an officer can do on the detail page; lifecycle actions come from `availableActions`. */
export type DisputeCommand =
  | 'assess'
  | 'start_mediation'
  | 'resolve'
  | 'transfer'
  | 'escalate'
  | 'reopen'
  | 'transfer_returned'
  | 'transfer_resolved'
  | 'change_grade'
  | 'progress'
  | 'receipt'
  | 'notice';

export const COMMAND_LABELS: Record<DisputeCommand, string> = {
  ...(ENUM_LABELS.DisputeAction as Record<string, string>),
  change_grade: '调整处置级别',
  progress: '报告每周进展',
  receipt: '登记移交签收',
  notice: '发出风险告知',
} as Record<DisputeCommand, string>;

/** The receiving body, from the district's directory for the dispute's station and the kind chosen. */
function ReceiverField() {
  const stationId = useContext(StationOfDispute);
  const form = Form.useFormInstance();
  const target = Form.useWatch('target') as TransferTarget | undefined;
  useEffect(() => form.setFieldValue('receiverId', undefined), [form, target]); // a body of the kind chosen
  const { data, loading } = useQuery(RECEIVING_BODIES, { variables: { stationId, target }, skip: !target });
  return (
    <Form.Item name="receiverId" label="接收单位（名录）" rules={[{ required: true, message: '请从名录中选择接收单位' }]}>
      <Select
        data-testid="transfer-receiver"
        loading={loading}
        disabled={!target}
        placeholder={target ? '选择接收单位' : '先选择移交至'}
        options={(data?.receivingBodies ?? []).map((b) => ({ value: b.id, label: b.phone ? `${b.name}（${b.phone}）` : b.name }))}
      />
    </Form.Item>
  );
}
const StationOfDispute = createContext<string | undefined>(undefined);

const note = (label = '说明') => (
  <Form.Item
    name="note"
    label={label}
    rules={[
      { required: true, message: `请填写${label}` },
      { max: 2000, message: '不超过 2000 字' },
    ]}
  >
    <Input.TextArea rows={3} />
  </Form.Item>
);

const FIELDS: Record<DisputeCommand, ReactNode> = {
  assess: (
    <>
      <Form.Item name="riskLevel" label="风险等级" rules={[{ required: true, message: '请选择风险等级' }]}>
        <Select options={labelOptions(ENUM_LABELS.RiskLevel)} />
      </Form.Item>
      <Form.Item name="grade" label="处置级别">
        <Select allowClear options={labelOptions(ENUM_LABELS.DisputeGrade)} placeholder="不变" />
      </Form.Item>
      <Form.Item name="threatsNoted" valuePropName="checked">
        <Checkbox>有威胁、扬言等言行</Checkbox>
      </Form.Item>
      <Form.Item name="violenceHistory" valuePropName="checked">
        <Checkbox>有暴力史或肢体冲突</Checkbox>
      </Form.Item>
      {note('研判意见')}
    </>
  ),
  start_mediation: note(),
  escalate: note('升级理由'),
  reopen: note('复发情况'),
  resolve: (
    <>
      <Form.Item name="resolution" label="化解方式" rules={[{ required: true, message: '请选择化解方式' }]}>
        <Select options={labelOptions(ENUM_LABELS.Resolution).filter((o) => o.value !== 'transfer_outcome')} />
      </Form.Item>
      {note('化解情况')}
    </>
  ),
  transfer: (
    <>
      <Form.Item name="target" label="移交至" rules={[{ required: true, message: '请选择接收方' }]}>
        <Select options={labelOptions(ENUM_LABELS.TransferTarget)} data-testid="transfer-target" />
      </Form.Item>
      <ReceiverField />
      <Form.Item name="dueInDays" label="反馈期限（天）">
        <InputNumber min={1} max={90} placeholder="按规则默认" />
      </Form.Item>
      {note('移交理由')}
    </>
  ),
  transfer_returned: note('退回原因'),
  transfer_resolved: note('化解情况'),
  change_grade: (
    <>
      <Form.Item name="grade" label="处置级别" rules={[{ required: true, message: '请选择处置级别' }]}>
        <Select options={labelOptions(ENUM_LABELS.DisputeGrade)} />
      </Form.Item>
      {note('理由')}
    </>
  ),
  progress: note('本周进展'),
  receipt: (
    <Form.Item name="receivedBy" label="签收人" rules={[{ required: true, message: '请填写签收人' }]}>
      <Input />
    </Form.Item>
  ),
  notice: (
    <>
      <Form.Item name="kind" label="文书" initialValue="notice">
        <Select
          options={[
            { value: 'notice', label: '风险告知单' },
            { value: 'reminder', label: '提示函' },
          ]}
        />
      </Form.Item>
      <Form.Item name="department" label="接收部门" rules={[{ required: true, min: 2, message: '请填写接收部门' }]}>
        <Input placeholder="如：东四街道办事处" />
      </Form.Item>
      <Form.Item name="content" label="告知内容" rules={[{ required: true, message: '请填写告知内容' }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </>
  ),
};

type Values = Record<string, unknown>;
type Result = { errors: Array<{ code: string; message: string; field?: string | null }> } | null | undefined;

/** One modal for every command: its fields, its mutation, server refusals shown on the fields. */
export function ActionModal({ dispute, command, onDone }: { dispute: DisputeDetail; command: DisputeCommand | null; onDone: (changed: boolean) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const mutations = {
    assess: useMutation(ASSESS),
    start_mediation: useMutation(START_MEDIATION),
    resolve: useMutation(RESOLVE),
    transfer: useMutation(TRANSFER),
    escalate: useMutation(ESCALATE),
    reopen: useMutation(REOPEN),
    change_grade: useMutation(CHANGE_GRADE),
    progress: useMutation(REPORT_PROGRESS),
    receipt: useMutation(TRANSFER_RECEIPT),
    outcome: useMutation(TRANSFER_OUTCOME),
    notice: useMutation(ISSUE_NOTICE),
  };
  const openTransfer = dispute.transfers.find((t) => !t.outcome);
  const base = { id: dispute.id, version: dispute.version };

  const run = async (v: Values): Promise<Result> => {
    const note = v.note as string;
    switch (command) {
      case 'assess':
        return (
          await mutations.assess[0]({
            variables: {
              input: {
                ...base,
                riskLevel: v.riskLevel as never,
                grade: (v.grade as never) ?? null,
                threatsNoted: !!v.threatsNoted,
                violenceHistory: !!v.violenceHistory,
                note,
              },
            },
          })
        ).data?.assessDispute;
      case 'start_mediation':
        return (await mutations.start_mediation[0]({ variables: { input: { ...base, note } } })).data?.startDisputeMediation;
      case 'escalate':
        return (await mutations.escalate[0]({ variables: { input: { ...base, note } } })).data?.escalateDispute;
      case 'reopen':
        return (await mutations.reopen[0]({ variables: { input: { ...base, note } } })).data?.reopenDispute;
      case 'resolve':
        return (await mutations.resolve[0]({ variables: { input: { ...base, resolution: v.resolution as never, note } } })).data?.resolveDispute;
      case 'transfer':
        return (
          await mutations.transfer[0]({
            variables: {
              input: { ...base, target: v.target as never, receiverId: v.receiverId as string, dueInDays: (v.dueInDays as number) ?? null, note },
            },
          })
        ).data?.transferDispute;
      case 'transfer_returned':
      case 'transfer_resolved':
        return (
          await mutations.outcome[0]({
            variables: {
              input: {
                transferId: openTransfer!.id,
                disputeVersion: dispute.version,
                outcome: command === 'transfer_resolved' ? 'resolved' : 'returned',
                note,
              },
            },
          })
        ).data?.recordTransferOutcome;
      case 'change_grade':
        return (await mutations.change_grade[0]({ variables: { input: { ...base, grade: v.grade as never, note } } })).data?.changeDisputeGrade;
      case 'progress':
        return (await mutations.progress[0]({ variables: { input: { ...base, note } } })).data?.reportDisputeProgress;
      case 'receipt':
        return (await mutations.receipt[0]({ variables: { input: { transferId: openTransfer!.id, receivedBy: v.receivedBy as string } } })).data
          ?.recordTransferReceipt;
      case 'notice':
        return (
          await mutations.notice[0]({
            variables: { input: { disputeId: dispute.id, kind: v.kind as never, department: v.department as string, content: v.content as string } },
          })
        ).data?.issueRiskNotice;
      default:
        return null;
    }
  };

  const submit = async () => {
    const values = await form.validateFields();
    const result = await run(values);
    if (!result) return;
    const [first] = result.errors;
    if (!first) {
      message.success(`${COMMAND_LABELS[command!]}：已完成`);
      form.resetFields();
      onDone(true);
    } else if (first.code === 'STALE_VERSION') {
      message.warning(first.message);
      onDone(true); // reload what the other officer did
    } else if (first.field && form.getFieldInstance(first.field)) {
      form.setFields([{ name: first.field, errors: [first.message] }]);
    } else {
      message.error(first.message);
    }
  };
  const error = Object.values(mutations).find(([, r]) => r.error)?.[1].error;
  const loading = Object.values(mutations).some(([, r]) => r.loading);

  return (
    <Modal
      title={command && COMMAND_LABELS[command]}
      open={!!command}
      onOk={submit}
      onCancel={() => onDone(false)}
      confirmLoading={loading}
      okText="确定"
      cancelText="取消"
      destroyOnHidden
    >
      <ErrorNotice error={error} />
      <Form form={form} layout="vertical" preserve={false}>
        <StationOfDispute.Provider value={dispute.community?.station.id}>{command && FIELDS[command]}</StationOfDispute.Provider>
      </Form>
    </Modal>
  );
}
