import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { HouseholdKind } from '../../gql/graphql';
import { REGISTER_HOUSEHOLD, RESIDENT_PAGE, type ResidentDetail } from './resident-detail.operations';
import { ENUM_LABELS } from '@cp/ui';

/** 户: the household a resident belongs to and its members; one without may be registered as its head. */
export function HouseholdCard({ r, canAct }: { r: ResidentDetail; canAct: boolean }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ householdNo: string; kind: HouseholdKind }>();
  const [register, { loading }] = useMutation(REGISTER_HOUSEHOLD, { refetchQueries: [{ query: RESIDENT_PAGE, variables: { id: r.id } }] });
  const submit = async () => {
    const v = await form.validateFields();
    const result = (await register({ variables: { input: { ...v, headResidentId: r.id } } })).data?.registerHousehold;
    if (result?.errors.length)
      return void form.setFields(result.errors.map((e) => ({ name: (e.field as 'householdNo') ?? 'householdNo', errors: [e.message] })));
    message.success('已登记，本人为户主');
    setOpen(false);
  };
  const h = r.household;
  return (
    <Card
      title="户"
      data-testid="household"
      extra={
        !h &&
        canAct && (
          <Button size="small" onClick={() => setOpen(true)}>
            登记为户主
          </Button>
        )
      }
    >
      {h ? (
        <Space wrap>
          <span>{`户号 ${h.householdNo}（${ENUM_LABELS.HouseholdKind[h.kind]}）`}</span>
          {h.members.map((m) =>
            m.resident ? (
              <Tag key={m.resident.id} color={m.relation === 'head' ? 'blue' : 'default'}>
                <Link to={`/population/residents/${m.resident.id}`}>{`${ENUM_LABELS.HouseholdRelation[m.relation]} ${m.resident.name}`}</Link>
              </Tag>
            ) : null,
          )}
        </Space>
      ) : (
        '未登记户'
      )}
      <Modal title="登记户" open={open} onOk={submit} onCancel={() => setOpen(false)} okText="登记" cancelText="取消" confirmLoading={loading}>
        <Form form={form} layout="vertical" initialValues={{ kind: 'family' }}>
          <Form.Item name="householdNo" label="户号" rules={[{ required: true, pattern: /^[0-9A-Z]{6,20}$/, message: '户号应为 6 到 20 位数字或大写字母' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label="户别">
            <Radio.Group options={Object.entries(ENUM_LABELS.HouseholdKind).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
