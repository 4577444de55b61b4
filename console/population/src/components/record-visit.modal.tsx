import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { graphql } from '../gql';
import type { VisitKind, VisitOutcome } from '../gql/graphql';

const RECORD_VISIT = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      visit {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** Whom or what was seen, and what kind of record it is. */
export interface VisitTarget {
  subjectType: 'resident' | 'unit' | 'housing';
  subjectId: string;
  name: string;
  kind: VisitKind;
}

const TITLE: Record<VisitKind, string> = { visit: '记录走访', verification: '记录核查', inspection: '记录检查', recheck: '记录整改复核' };

interface Values {
  outcome: VisitOutcome;
  note?: string;
  rectifyBy?: Dayjs;
}

/** 采集即录入: the officer records a visit, check or inspection as it happens (from the worklist, a resident, a unit). */
export function RecordVisitModal({ target, onClose, onRecorded }: { target: VisitTarget | null; onClose: () => void; onRecorded: () => void }) {
  const { message } = App.useApp();
  const [record, { loading }] = useMutation(RECORD_VISIT);
  const [form] = Form.useForm<Values>();
  const kind = target?.kind ?? 'visit';
  const isUnit = target?.subjectType === 'unit';
  const outcome = Form.useWatch('outcome', form);
  useEffect(() => form.resetFields(), [target, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const result = (
      await record({
        variables: {
          input: {
            subjectType: target!.subjectType,
            subjectId: target!.subjectId,
            kind,
            outcome: v.outcome,
            note: v.note || null,
            rectifyBy: v.rectifyBy ? v.rectifyBy.format('YYYY-MM-DD') : null,
          },
        },
      })
    ).data?.recordVisit;
    if (!result) return;
    if (result.errors.length) return void form.setFields(result.errors.map((e) => ({ name: (e.field as keyof Values) ?? 'note', errors: [e.message] })));
    message.success('已记录');
    onClose();
    onRecorded();
  };

  return (
    <Modal
      title={`${TITLE[kind]}：${target?.name ?? ''}`}
      open={!!target}
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ outcome: 'normal' }}>
        <Form.Item name="outcome" label="结果" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'normal', label: '正常' },
              { value: 'issue_found', label: '发现问题' },
              { value: 'not_met', label: isUnit ? '未能检查' : '未见到本人' },
            ]}
          />
        </Form.Item>
        {isUnit && outcome === 'issue_found' && (
          <Form.Item name="rectifyBy" label="整改期限" rules={[{ required: true, message: '发现问题须填写整改期限' }]}>
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item name="note" label="情况说明" rules={[{ max: 1000, message: '情况说明最多 1000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
