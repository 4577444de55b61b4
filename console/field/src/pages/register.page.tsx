import { Form, Input, List, Selector, Toast } from 'antd-mobile';
import { useQuery } from '@apollo/client/react';
import { parseResidentId } from '@cp/id-card';
import { useEffect, useState } from 'react';
import { useDayQuery } from '../day-query';
import { ME, NEARBY_ADDRESSES } from '../operations';
import { currentPosition, type Position } from '../position';
import { EntryForm } from './entry-form';
import { label } from '../labels';

const ID_PROBLEM: Record<string, string> = { FORMAT: '应为 18 位，末位可为 X', BIRTH_DATE: '出生日期部分无效', CHECKSUM: '校验码不符，请核对' };

/**
 * 采集: registering a resident in place. The ID number is checked as typed by the same rule the
 * server applies (GB 11643); the server checks everything again when the registration arrives.
 */
export function RegisterPage() {
  const { data } = useDayQuery(ME, 'me');
  const communities = data?.myCommunities ?? [];
  const [picked, setCommunityId] = useState<string | null>(null);
  // an officer of one community need not pick it
  const communityId = picked ?? (communities.length === 1 ? communities[0].id : null);
  const [kind, setKind] = useState('registered');
  const [form] = Form.useForm();
  // the standard addresses nearest to where the officer stands, to pick rather than type
  const [here, setHere] = useState<Position | null>(null);
  useEffect(() => {
    let live = true;
    void currentPosition().then((p) => live && setHere(p));
    return () => {
      live = false;
    };
  }, []);
  const nearby = useQuery(NEARBY_ADDRESSES, { variables: { near: here, communityId }, skip: !here || !communityId }).data?.standardAddresses ?? [];

  const save = async (values: { name: string; idNumber: string; phone?: string; addressText?: string }) => {
    const id = parseResidentId(values.idNumber.trim().toUpperCase());
    const problem = !communityId ? '请选择社区' : !id.ok ? `身份号码${ID_PROBLEM[id.problem]}` : null;
    if (problem) {
      Toast.show({ content: problem });
      return null;
    }
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
          clientKey,
        },
      },
    };
  };

  return (
    <EntryForm form={form} onSave={save} submit="保存" testId="register-save">
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
      {nearby.length > 0 && (
        <List header="附近的标准地址（点选填入）" data-testid="nearby-addresses">
          {nearby.map((a) => (
            <List.Item key={a.id} onClick={() => form.setFieldsValue({ addressText: a.fullText })}>
              {a.fullText}
            </List.Item>
          ))}
        </List>
      )}
    </EntryForm>
  );
}
