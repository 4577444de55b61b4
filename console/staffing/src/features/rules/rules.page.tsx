import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '@cp/ui';
import { App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { DutyKindsCard } from '../approvals/duty-kinds.card';
import { STAFFING_RULES, UPDATE_STAFFING_RULES } from './rules.operations';

/** Shares are kept as fractions and shown as percentages. */
const SHARES = ['fullTimeShare', 'partTimeShare', 'communityPoliceShare', 'stationPoliceShare'] as const;

const FIELDS: Array<{ name: string; label: string; min: number; max: number; unit: string; help: string; optional?: true }> = [
  { name: 'fullTimeShare', label: '专职社区民警在社区时间', min: 80, max: 100, unit: '%', help: '文件要求不低于 80%（东城 90%）' },
  { name: 'partTimeShare', label: '兼职社区民警在社区时间', min: 40, max: 100, unit: '%', help: '不低于 40%' },
  { name: 'communityPoliceShare', label: '社区民警占派出所警力', min: 40, max: 100, unit: '%', help: '两个 40%：不低于 40%' },
  { name: 'stationPoliceShare', label: '派出所警力占分局警力', min: 40, max: 100, unit: '%', help: '两个 40%：不低于 40%' },
  {
    name: 'districtPolice',
    label: '分局在编民警总数',
    min: 1,
    max: 100000,
    unit: '人',
    help: '含机关各部门，按编制人事数据填写；用于计算派出所警力占比',
    optional: true,
  },
  { name: 'residentsPerOfficer', label: '每名社区民警对应实有人口', min: 500, max: 3000, unit: '人', help: '不超过 3000 人' },
  { name: 'householdsPerOfficer', label: '每名社区民警对应户数', min: 100, max: 1000, unit: '户', help: '不超过 1000 户' },
  { name: 'locatedRecordMinutes', label: '一条定位现场记录计入', min: 5, max: 120, unit: '分钟', help: '在社区边界内的走访、检查、登记，前后各计一半' },
  { name: 'maxStayHours', label: '未签退最多计入', min: 1, max: 24, unit: '小时', help: '忘记签退时的上限' },
  { name: 'standardWeekHours', label: '无排班时每周工作', min: 20, max: 60, unit: '小时', help: '计算占比的分母' },
];

/**
 * 分局设置: the targets time in the community and the staffing report are judged by. The texts
 * set the floors; the district may ask more. Only the district admin changes them.
 */
export function RulesPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(STAFFING_RULES);
  const [update, updating] = useMutation(UPDATE_STAFFING_RULES);
  const [form] = Form.useForm();
  const rules = data?.staffingRules;
  const canEdit = !!data?.me?.roles.includes('district_admin');

  useEffect(() => {
    if (!rules) return;
    const { __typename: _type, ...figures } = rules;
    const values: Record<string, number | null> = figures;
    for (const s of SHARES) values[s] = Math.round(rules[s] * 100);
    if (rules.districtPolice === null) delete values.districtPolice;
    form.setFieldsValue(values);
  }, [rules, form]);

  const save = async (values: Record<string, number>) => {
    const input = { ...values, districtPolice: values.districtPolice ?? null, version: rules!.version } as Record<string, number | null>;
    for (const s of SHARES) input[s] = values[s]! / 100;
    const result = (await update({ variables: { input: input as never } })).data?.updateStaffingRules;
    if (result?.errors.length) {
      form.setFields(result.errors.filter((e) => e.field && e.field !== 'version').map((e) => ({ name: e.field!, errors: [e.message] })));
      message.error(result.errors[0].message);
      return;
    }
    message.success('已保存分局设置');
    void refetch();
  };

  return (
    <>
      <Card title="分局设置：在社区时间与警力配置目标" loading={loading && !data}>
        <ErrorNotice error={error} />
        <Typography.Paragraph type="secondary">文件规定的是下限，分局可以提高要求；修改后，在社区时间和警力缺口按新目标计算。</Typography.Paragraph>
        <Form form={form} layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 12 }} onFinish={save} disabled={!canEdit} style={{ maxWidth: 760 }}>
          {FIELDS.map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.label}
              extra={f.help}
              rules={[{ required: !f.optional, type: 'number', min: f.min, max: f.max, message: `应在 ${f.min} 到 ${f.max} 之间` }]}
            >
              <InputNumber addonAfter={f.unit} style={{ width: 200 }} />
            </Form.Item>
          ))}
          {canEdit && (
            <Form.Item wrapperCol={{ offset: 8 }}>
              <Button type="primary" htmlType="submit" loading={updating.loading}>
                保存
              </Button>
            </Form.Item>
          )}
        </Form>
      </Card>
      <DutyKindsCard canEdit={canEdit} />
    </>
  );
}
