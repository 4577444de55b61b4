import { Form, Input, Selector, Toast } from 'antd-mobile';
import { parseResidentId } from '@cp/id-card';
import { useState } from 'react';
import { currentPosition } from '../position';
import { EntryForm } from './entry-form';
import { label } from '../labels';
import { NearbyAddresses, useCommunityChoice } from './place-fields';

const ID_PROBLEM: Record<string, string> = { FORMAT: '应为 18 位，末位可为 X', BIRTH_DATE: '出生日期部分无效', CHECKSUM: '校验码不符，请核对' };

/**
 * 采集: registering a resident in place. The ID number is checked as typed by the same rule the
 * server applies (GB 11643); the server checks everything again when the registration arrives.
 */
export function RegisterPage() {
  const { communityId, field: communityField } = useCommunityChoice();
  const [kind, setKind] = useState('registered');
  const [form] = Form.useForm();

  const save = async (values: { name: string; idNumber: string; phone?: string; addressText?: string }) => {
    const id = parseResidentId(values.idNumber.trim().toUpperCase());
    const problem = !communityId ? '请选择社区' : !id.ok ? `身份号码${ID_PROBLEM[id.problem]}` : null;
    if (problem) {
      Toast.show({ content: problem });
      return null;
    }
    const position = await currentPosition(); // where it was made: inside the community, it counts as time there
    const clientKey = crypto.randomUUID();
    return {
      key: clientKey,
      kind: 'register' as const,
      label: `登记 · ${values.name.trim()}`,
      variables: {
        input: {
          name: values.name.trim(),
          idNumber: values.idNumber.trim().toUpperCase(),
          kind,
          communityId,
          phone: values.phone?.trim() || null,
          addressText: values.addressText?.trim() || null,
          position,
          clientKey,
        },
      },
      saved: position ? '已保存' : '已保存（未取得定位）',
    };
  };

  return (
    <EntryForm form={form} onSave={save} submit="保存" testId="register-save">
      <Form.Header>登记实有人口</Form.Header>
      {communityField}
      <Form.Item label="类别">
        <Selector
          options={['registered', 'floating'].map((value) => ({ value, label: label('ResidentKind', value) }))}
          value={[kind]}
          onChange={(v) => v[0] && setKind(v[0])}
        />
      </Form.Item>
      <Form.Item name="name" label="姓名" rules={[{ required: true, min: 2, max: 30, message: '姓名应为 2 到 30 个字符' }]}>
        <Input placeholder="姓名" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label="公民身份号码"
        validateTrigger="onChange"
        rules={[
          { required: true, message: '请输入身份号码' },
          {
            validator: async (_r, v: string | undefined) => {
              const value = (v ?? '').trim().toUpperCase();
              if (value.length < 18) return; // still typing
              const parsed = parseResidentId(value);
              if (!parsed.ok) throw new Error(ID_PROBLEM[parsed.problem]);
            },
          },
        ]}
      >
        <Input placeholder="18 位" maxLength={18} data-testid="id-number" />
      </Form.Item>
      <Form.Item name="phone" label="手机号" rules={[{ pattern: /^1[3-9]\d{9}$/, message: '手机号应为 11 位数字，以 1 开头' }]}>
        <Input placeholder="选填" type="tel" />
      </Form.Item>
      <Form.Item name="addressText" label="住址（标准地址）">
        <Input placeholder="如 东四三条 12号，选填" />
      </Form.Item>
      <NearbyAddresses communityId={communityId} onPick={(addressText) => form.setFieldsValue({ addressText })} />
    </EntryForm>
  );
}
