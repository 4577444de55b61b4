import { useMutation, useQuery } from '@apollo/client/react';
import { parseResidentId, type ResidentIdProblem } from '@cp/id-card';
import { ENUM_LABELS, labelOptions } from '@cp/ui';
import { Button, Checkbox, DatePicker, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { AddressInput } from '../../components/address-input';
import { REGISTER_RESIDENT, REGISTRATION_PLACES } from './residents.operations';

const ID_PROBLEMS: Record<ResidentIdProblem, string> = {
  FORMAT: '身份号码应为 18 位，末位可为 X',
  BIRTH_DATE: '身份号码中的出生日期无效',
  CHECKSUM: '身份号码校验位不正确，请核对',
};

interface Values {
  name: string;
  idNumber: string;
  kind: 'registered' | 'floating' | 'foreign';
  originArea?: string;
  nationality?: string;
  sex?: 'male' | 'female';
  birthDate?: Dayjs;
  arrivedOn?: Dayjs;
  residenceRegisteredOn?: Dayjs;
  communityId: string;
  phone?: string;
  addressText?: string;
  confirmNotDuplicate?: boolean;
}

/**
 * 登记实有人口, checked as it is typed (采集即录入、录入即核查): the ID's check digit and birth
 * date at once, sex and birth date shown as the ID gives them; duplicates and the standard
 * address are checked by the server, which has the last word.
 */
export function RegisterResidentDrawer({ onRegistered }: { onRegistered: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  /** The server found the same name and birth date at the address: the officer must confirm. */
  const [suspected, setSuspected] = useState(false);
  const [form] = Form.useForm<Values>();
  const places = useQuery(REGISTRATION_PLACES, { skip: !open });
  const [register, { loading }] = useMutation(REGISTER_RESIDENT);
  const kind = Form.useWatch('kind', form);
  const communityId = Form.useWatch('communityId', form);
  const idNumber = Form.useWatch('idNumber', form);
  const foreign = kind === 'foreign';
  const parsed = idNumber && !foreign ? parseResidentId(idNumber) : null;

  const communities = places.data?.myCommunities ?? [];

  const submit = async () => {
    const v = await form.validateFields();
    const day = (d?: Dayjs) => d?.format('YYYY-MM-DD') ?? null;
    const input = {
      ...v,
      idNumber: v.idNumber.trim().toUpperCase(),
      originArea: v.kind === 'floating' ? v.originArea : null,
      nationality: v.kind === 'foreign' ? v.nationality?.toUpperCase() : null,
      sex: v.kind === 'foreign' ? v.sex : null,
      birthDate: v.kind === 'foreign' ? day(v.birthDate) : null,
      arrivedOn: v.kind === 'registered' ? null : day(v.arrivedOn),
      residenceRegisteredOn: v.kind === 'floating' ? day(v.residenceRegisteredOn) : null,
      phone: v.phone || null,
      addressText: v.addressText || null,
    };
    const result = (await register({ variables: { input } })).data?.registerResident;
    if (!result) return;
    if (result.errors.length) {
      if (result.errors.some((e) => e.code === 'RESIDENT_SUSPECTED_DUPLICATE')) setSuspected(true);
      return void form.setFields(result.errors.map((e) => ({ name: (e.field as keyof Values) ?? 'name', errors: [e.message] })));
    }
    setOpen(false);
    setSuspected(false);
    form.resetFields();
    onRegistered(result.resident!.id);
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        登记人员
      </Button>
      <Drawer
        title="登记实有人口"
        open={open}
        onClose={() => setOpen(false)}
        width={460}
        extra={
          <Space>
            <Button onClick={() => setOpen(false)}>取消</Button>
            <Button type="primary" loading={loading} onClick={submit}>
              登记
            </Button>
          </Space>
        }
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'registered' }}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, min: 2, max: 30, message: '姓名应为 2 到 30 个字符' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
            <Select options={labelOptions(ENUM_LABELS.ResidentKind)} />
          </Form.Item>
          {foreign ? (
            <>
              <Form.Item
                name="idNumber"
                label="护照号码"
                rules={[{ required: true, pattern: /^[A-Za-z0-9]{5,20}$/, message: '护照号码应为 5 到 20 位字母或数字' }]}
              >
                <Input maxLength={20} autoComplete="off" />
              </Form.Item>
              <Form.Item name="nationality" label="国籍代码" rules={[{ required: true, pattern: /^[A-Za-z]{3}$/, message: '请填写三位字母国籍代码，如 USA' }]}>
                <Input maxLength={3} placeholder="如 USA、GBR、JPN" />
              </Form.Item>
              <Space size={16}>
                <Form.Item name="sex" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
                  <Select style={{ width: 120 }} options={labelOptions(ENUM_LABELS.Sex)} />
                </Form.Item>
                <Form.Item name="birthDate" label="出生日期" rules={[{ required: true, message: '请选择出生日期' }]}>
                  <DatePicker />
                </Form.Item>
              </Space>
            </>
          ) : (
            <Form.Item
              name="idNumber"
              label="公民身份号码"
              validateTrigger={['onChange', 'onBlur']}
              rules={[
                { required: true, message: '请填写身份号码' },
                {
                  validator: (_, value: string) => {
                    if (!value || value.trim().length < 18) return Promise.resolve();
                    const r = parseResidentId(value);
                    return r.ok ? Promise.resolve() : Promise.reject(new Error(ID_PROBLEMS[r.problem]));
                  },
                },
              ]}
              extra={
                parsed?.ok && (
                  <Typography.Text type="secondary">{`${parsed.facts.sex === 'male' ? '男' : '女'}，${parsed.facts.birthDate} 出生`}</Typography.Text>
                )
              }
            >
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
          {kind === 'floating' && (
            <Form.Item
              name="originArea"
              label="户籍地行政区划代码"
              rules={[{ required: true, pattern: /^\d{6}$/, message: '流动人口须填写 6 位户籍地行政区划代码' }]}
            >
              <Input maxLength={6} placeholder="如 430102" />
            </Form.Item>
          )}
          {kind && kind !== 'registered' && (
            <Form.Item name="arrivedOn" label="来本地日期" rules={[{ required: true, message: '流动人口和境外人员须填写来本地日期' }]}>
              <DatePicker disabledDate={(d) => d.isAfter(new Date())} />
            </Form.Item>
          )}
          {kind === 'floating' && (
            <Form.Item name="residenceRegisteredOn" label="居住登记日期（已办理时填写）">
              <DatePicker disabledDate={(d) => d.isAfter(new Date())} />
            </Form.Item>
          )}
          <Form.Item name="communityId" label="社区" rules={[{ required: true, message: '请选择社区' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={places.loading}
              options={communities.map((c) => ({ value: c.id, label: `${c.name}（${c.station.name}）` }))}
            />
          </Form.Item>
          <Form.Item name="phone" label="手机号" rules={[{ pattern: /^1[3-9]\d{9}$/, message: '手机号应为 11 位数字，以 1 开头' }]}>
            <Input maxLength={11} />
          </Form.Item>
          <Form.Item name="addressText" label="住址（标准地址）">
            <AddressInput communityId={communityId} />
          </Form.Item>
          {suspected && (
            <Form.Item name="confirmNotDuplicate" valuePropName="checked">
              <Checkbox>已核实：与同址同名、同出生日期的人员不是同一人</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Drawer>
    </>
  );
}
