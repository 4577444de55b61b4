import { Form, Input, Selector, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { ENUM_LABELS } from '@cp/web-client';
import { label } from '../labels';
import { currentPosition } from '../position';
import { EntryForm } from './entry-form';
import { NearbyAddresses, useCommunityChoice } from './place-fields';

const KINDS = ['building', 'bungalow', 'courtyard', 'other'];
const USES = ['self_occupied', 'rented', 'business', 'vacant'];
const options = (type: keyof typeof ENUM_LABELS, values: string[]) => values.map((value) => ({ value, label: label(type, value) }));

/**
 * 采集: registering a dwelling where it stands, at an address picked from the standard list near
 * the officer (only addresses with no dwelling yet). A rental needs its landlord and its start,
 * as at the desk; the server checks everything again when the registration arrives.
 */
export function RegisterHousingPage() {
  const { communityId, field: communityField } = useCommunityChoice();
  const [kind, setKind] = useState('building');
  const [use, setUse] = useState('self_occupied');
  const [form] = Form.useForm();
  const rented = use === 'rented';

  const save = async (values: { addressText: string; landlordName?: string; landlordPhone?: string; rentedSince?: string; rentalRegisteredOn?: string }) => {
    if (!communityId) {
      Toast.show({ content: '请选择社区' });
      return null;
    }
    const position = await currentPosition();
    const clientKey = crypto.randomUUID();
    const addressText = values.addressText.trim();
    return {
      key: clientKey,
      kind: 'housing' as const,
      label: `登记房屋 · ${addressText}`,
      variables: {
        input: {
          addressText,
          kind,
          use,
          landlordName: rented ? values.landlordName?.trim() || null : null,
          landlordPhone: rented ? values.landlordPhone?.trim() || null : null,
          rentedSince: rented ? values.rentedSince || null : null,
          rentalRegisteredOn: rented ? values.rentalRegisteredOn || null : null,
          position,
          clientKey,
        },
      },
      saved: position ? '已保存' : '已保存（未取得定位）',
    };
  };

  return (
    <EntryForm form={form} onSave={save} submit="保存" testId="register-housing-save">
      <Form.Header>登记实有房屋</Form.Header>
      {communityField}
      <Form.Item name="addressText" label="房屋地址（标准地址）" rules={[{ required: true, message: '请选择或填写标准地址' }]}>
        <Input placeholder="如 东四三条 12号 1单元 101室" />
      </Form.Item>
      <NearbyAddresses communityId={communityId} withoutHousing onPick={(addressText) => form.setFieldsValue({ addressText })} />
      <Form.Item label="房屋类别">
        <Selector options={options('HousingKind', KINDS)} value={[kind]} onChange={(v) => v[0] && setKind(v[0])} columns={4} />
      </Form.Item>
      <Form.Item label="用途">
        <Selector options={options('HousingUse', USES)} value={[use]} onChange={(v) => v[0] && setUse(v[0])} columns={4} />
      </Form.Item>
      {rented && (
        <>
          <Form.Item
            name="landlordName"
            label="房主（出租人）"
            rules={[{ required: true, min: 2, max: 30, message: '出租房屋须填写房主姓名（2 到 30 个字）' }]}
          >
            <Input placeholder="姓名" />
          </Form.Item>
          <Form.Item
            name="landlordPhone"
            label="房主电话"
            rules={[{ pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: '应为 11 位手机号或带区号的座机号' }]}
          >
            <Input placeholder="选填" type="tel" />
          </Form.Item>
          <Form.Item name="rentedSince" label="出租起始日期" rules={[{ required: true, message: '出租房屋须填写出租起始日期' }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="rentalRegisteredOn" label="登记备案日期">
            <Input type="date" placeholder="未备案不填" />
          </Form.Item>
        </>
      )}
    </EntryForm>
  );
}
