import { Button, Form, Input, Selector, Toast } from 'antd-mobile';
import { parseResidentId } from '@cp/id-card';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { client } from '../apollo';
import { useDayQuery } from '../day-query';
import { ME } from '../operations';
import { enqueue } from '../outbox';
import { label } from '../labels';

const ID_PROBLEM: Record<string, string> = { FORMAT: '应为 18 位，末位可为 X', BIRTH_DATE: '出生日期部分无效', CHECKSUM: '校验码不符，请核对' };

/**
 * 采集: registering a resident in place. The ID number is checked as typed by the same rule the
 * server applies (GB 11643); the server checks everything again when the registration arrives.
 */
export function RegisterPage() {
  const navigate = useNavigate();
  const { data } = useDayQuery(ME, 'me');
  const communities = data?.myCommunities ?? [];
  const [picked, setCommunityId] = useState<string | null>(null);
  // an officer of one community need not pick it
  const communityId = picked ?? (communities.length === 1 ? communities[0].id : null);
  const [kind, setKind] = useState('registered');
  const [form] = Form.useForm();

  const save = async (values: { name: string; idNumber: string; phone?: string; addressText?: string }) => {
    if (!communityId) return Toast.show({ content: '请选择社区' });
    const id = parseResidentId(values.idNumber.trim().toUpperCase());
    if (!id.ok) return Toast.show({ content: `身份号码${ID_PROBLEM[id.problem]}` });
    const clientKey = crypto.randomUUID();
    await enqueue(client, {
      key: clientKey,
      kind: 'register',
      label: `登记 · ${values.name.trim()}`,
      variables: {
        input: {
          name: values.name.trim(),
          idNumber: values.idNumber.trim().toUpperCase(),
          kind,
          communityId,
          phone: values.phone?.trim() || null,
          addressText: values.addressText?.trim() || null,
          clientKey,
        },
      },
    });
    Toast.show({ content: '已保存', icon: 'success' });
    navigate(-1);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={save}
      footer={
        <Button block type="submit" color="primary" size="large" data-testid="register-save">
          保存
        </Button>
      }
    >
      <Form.Header>登记实有人口</Form.Header>
      <Form.Item label="社区">
        <Selector
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          value={communityId ? [communityId] : []}
          onChange={(v) => setCommunityId(v[0] ?? null)}
        />
      </Form.Item>
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
    </Form>
  );
}
