import { useMutation } from '@apollo/client/react';
import { showUserErrors } from '@cp/ui';
import { App, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { RATE_DEPARTMENT, type DepartmentRatingRow, type DepartmentResultRow } from './reverse.operations';

interface Values {
  responsiveness: number;
  effectiveness: number;
  ownership: number;
  comment?: string;
}

const CRITERIA: Array<[keyof Values, string]> = [
  ['responsiveness', '响应及时'],
  ['effectiveness', '支撑有效'],
  ['ownership', '不转嫁责任'],
];

/** One department rated by the station: three scores 0–100, and an example when any is below 60. */
export function DepartmentRatingForm({
  department,
  stationId,
  period,
  own,
  onSaved,
}: {
  department: DepartmentResultRow['department'];
  stationId: string;
  period: string;
  own: DepartmentRatingRow | undefined;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [rate, { loading }] = useMutation(RATE_DEPARTMENT);

  const save = async () => {
    const v = await form.validateFields();
    const input = { ...v, comment: v.comment || null, period, stationId, departmentCode: department.code, version: own?.version ?? null };
    const result = (await rate({ variables: { input } })).data?.rateDepartment;
    if (showUserErrors(form, ['responsiveness', 'effectiveness', 'ownership', 'comment'], result?.errors, message.error) || !result) return;
    message.success(`已保存对${department.name}的评价`);
    onSaved();
  };

  return (
    <Form
      form={form}
      layout="inline"
      initialValues={
        own ? { responsiveness: own.responsiveness, effectiveness: own.effectiveness, ownership: own.ownership, comment: own.comment ?? '' } : undefined
      }
      data-testid={`rate-${department.code}`}
    >
      <Space align="start" wrap>
        <div style={{ width: 180 }}>
          <Typography.Text strong>{department.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {department.supports}
          </Typography.Text>
        </div>
        {CRITERIA.map(([name, label]) => (
          <Form.Item key={name} name={name} label={label} rules={[{ required: true, message: '请评分' }]}>
            <InputNumber min={0} max={100} precision={0} style={{ width: 72 }} />
          </Form.Item>
        ))}
        <Form.Item
          name="comment"
          label="事例"
          dependencies={CRITERIA.map(([n]) => n)}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                CRITERIA.some(([n]) => (getFieldValue(n) ?? 100) < 60) && !value?.trim()
                  ? Promise.reject(new Error('有一项低于 60 分，请写明事例'))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input style={{ width: 260 }} placeholder="低于 60 分时必填" />
        </Form.Item>
        <Button onClick={save} loading={loading} type={own ? 'default' : 'primary'}>
          {own ? '修改' : '保存'}
        </Button>
      </Space>
    </Form>
  );
}
