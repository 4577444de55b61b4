import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { DISPUTE_CATEGORY_LABELS, ENUM_LABELS, ErrorNotice, labelOptions } from '@cp/ui';
import { App, Button, Checkbox, Drawer, Form, Input, Select, Space } from 'antd';
import type { DisputeSource, RegisterDisputeInput, RiskLevel } from '../../gql/graphql';
import { FIND_RESIDENTS, PLACES, REGISTER } from './register.operations';

interface PartyValue {
  name: string;
  residentId?: string;
}
interface FormValues {
  title: string;
  category: string;
  source: DisputeSource;
  riskLevel: RiskLevel;
  communityId: string;
  gridId?: string;
  addressText?: string;
  description?: string;
  threatsNoted?: boolean;
  violenceHistory?: boolean;
  parties: PartyValue[];
}

/**
 * 登记纠纷: checked as it is typed (required fields, lengths), then by the server (place,
 * jurisdiction, grid); the server's refusals land on the fields they name.
 */
export function RegisterDisputeDrawer({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: (id: string) => void }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const places = useQuery(PLACES, { skip: !open });
  const [findResidents, found] = useLazyQuery(FIND_RESIDENTS);
  const [register, { loading, error }] = useMutation(REGISTER);
  const communityId = Form.useWatch('communityId', form);

  const communities = places.data?.myCommunities ?? [];
  const grids = communities.find((c) => c.id === communityId)?.grids ?? [];

  const submit = async (values: FormValues) => {
    const input: RegisterDisputeInput = {
      ...values,
      gridId: values.gridId ?? null,
      parties: values.parties.map((p) => ({ name: p.name, residentId: p.residentId ?? null })),
    };
    const { data } = await register({ variables: { input } });
    const result = data?.registerDispute;
    if (!result) return;
    if (result.errors.length) {
      // the server names fields as paths ("parties.0.name"); antd wants ['parties', 0, 'name']
      const path = (field: string) => field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)) as never;
      form.setFields(result.errors.map((e) => ({ name: path(e.field ?? 'title'), errors: [e.message] })));
      return;
    }
    message.success(result.dispute!.isRepeat ? '已登记；系统识别为重复报警，已关联先前纠纷并发出预警' : '已登记');
    form.resetFields();
    onRegistered(result.dispute!.id);
  };

  return (
    <Drawer title="登记矛盾纠纷" width={560} open={open} onClose={onClose} destroyOnHidden>
      <ErrorNotice error={error ?? places.error} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ source: 'walk_in', riskLevel: 'general', parties: [{ name: '' }] }}
        validateTrigger={['onChange', 'onBlur']}
      >
        <Form.Item
          name="title"
          label="标题"
          rules={[
            { required: true, message: '请填写标题' },
            { min: 2, max: 100, message: '标题应为 2 到 100 个字' },
          ]}
        >
          <Input placeholder="如：张某与李某邻里纠纷" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]} style={{ flex: 1 }}>
            <Select options={labelOptions(DISPUTE_CATEGORY_LABELS)} placeholder="选择类别" />
          </Form.Item>
          <Form.Item name="source" label="来源" style={{ flex: 1 }}>
            <Select options={labelOptions(ENUM_LABELS.DisputeSource)} />
          </Form.Item>
          <Form.Item name="riskLevel" label="初判风险" style={{ flex: 1 }}>
            <Select options={labelOptions(ENUM_LABELS.RiskLevel)} />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block>
          <Form.Item name="communityId" label="社区" rules={[{ required: true, message: '请选择社区' }]} style={{ flex: 1 }}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={places.loading}
              placeholder="选择社区"
              options={communities.map((c) => ({ value: c.id, label: `${c.name}（${c.station.name}）` }))}
              onChange={() => form.setFieldValue('gridId', undefined)}
            />
          </Form.Item>
          <Form.Item name="gridId" label="警格" style={{ flex: 1 }}>
            <Select allowClear placeholder="选择警格" options={grids.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="addressText" label="发生地址" rules={[{ max: 200, message: '地址不超过 200 字' }]}>
          <Input placeholder="同一地址反复发生的纠纷会被自动识别" />
        </Form.Item>
        <Form.List
          name="parties"
          rules={[{ validator: async (_, v: PartyValue[]) => (v?.length ? undefined : Promise.reject(new Error('至少填写一名当事人'))) }]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label="当事人" required>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[
                      { required: true, message: '请填写姓名' },
                      { max: 30, message: '姓名不超过 30 字' },
                    ]}
                  >
                    <Input placeholder="姓名" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'residentId']}>
                    <Select
                      allowClear
                      showSearch
                      filterOption={false}
                      placeholder="关联实有人口（可选）"
                      style={{ width: 240 }}
                      onSearch={(search) => search.trim().length >= 1 && void findResidents({ variables: { search, communityId } })}
                      onChange={(id?: string) => {
                        const r = found.data?.residents.nodes.find((x) => x.id === id);
                        if (r) form.setFieldValue(['parties', field.name, 'name'], r.name);
                      }}
                      options={(found.data?.residents.nodes ?? []).map((r) => ({ value: r.id, label: `${r.name} ${r.idNumber}` }))}
                    />
                  </Form.Item>
                  {fields.length > 1 && <Button onClick={() => remove(field.name)}>删除</Button>}
                </Space>
              ))}
              <Button onClick={() => add({ name: '' })}>添加当事人</Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="description" label="简要情况" rules={[{ max: 4000, message: '不超过 4000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space>
          <Form.Item name="threatsNoted" valuePropName="checked">
            <Checkbox>有威胁、扬言等言行</Checkbox>
          </Form.Item>
          <Form.Item name="violenceHistory" valuePropName="checked">
            <Checkbox>有暴力史或肢体冲突</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            登记
          </Button>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
