import { useMutation } from '@apollo/client/react';
import { ENUM_LABELS, labelOptions } from '@cp/ui';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { AddressInput } from '../../components/address-input';
import type { HousingKind, HousingUse } from '../../gql/graphql';
import { REGISTER_HOUSING, UPDATE_HOUSING, type HousingRow } from './housing.operations';

interface Values {
  addressText?: string;
  kind: HousingKind;
  use: HousingUse;
  landlordName?: string;
  landlordPhone?: string;
  rentedSince?: Dayjs;
  rentalRegisteredOn?: Dayjs;
}

/**
 * Registers a dwelling at a standard address, or changes one's use and rental details
 * (`editing`); a rental asks for its landlord, start and registration. The server has the last
 * word: its refusals land on the fields they name.
 */
export function HousingFormModal({ open, editing, onClose, onSaved }: { open: boolean; editing: HousingRow | null; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [register, registering] = useMutation(REGISTER_HOUSING);
  const [update, updating] = useMutation(UPDATE_HOUSING);
  const rented = Form.useWatch('use', form) === 'rented';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        kind: editing.kind,
        use: editing.use,
        landlordName: editing.landlordName ?? undefined,
        landlordPhone: editing.landlordPhone ?? undefined,
        rentedSince: editing.rentedSince ? dayjs(editing.rentedSince) : undefined,
        rentalRegisteredOn: editing.rentalRegisteredOn ? dayjs(editing.rentalRegisteredOn) : undefined,
      });
    }
  }, [open, editing, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const day = (d?: Dayjs) => d?.format('YYYY-MM-DD') ?? null;
    const details = {
      kind: v.kind,
      use: v.use,
      landlordName: v.landlordName || null,
      landlordPhone: v.landlordPhone || null,
      rentedSince: v.use === 'rented' ? day(v.rentedSince) : null,
      rentalRegisteredOn: v.use === 'rented' ? day(v.rentalRegisteredOn) : null,
    };
    const result = editing
      ? (await update({ variables: { input: { ...details, id: editing.id, version: editing.version } } })).data?.updateHousing
      : (await register({ variables: { input: { ...details, addressText: v.addressText! } } })).data?.registerHousing;
    if (!result) return;
    if (result.errors.length) {
      const stale = result.errors.find((e) => e.code === 'STALE_VERSION');
      if (stale) return void message.error(stale.message);
      return void form.setFields(result.errors.map((e) => ({ name: (e.field as keyof Values) ?? 'kind', errors: [e.message] })));
    }
    message.success(editing ? '已保存' : '已登记房屋');
    onSaved();
    onClose();
  };

  return (
    <Modal
      title={editing ? `修改房屋：${editing.address.fullText}` : '登记实有房屋'}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText={editing ? '保存' : '登记'}
      cancelText="取消"
      confirmLoading={registering.loading || updating.loading}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'building', use: 'self_occupied' }}>
        {!editing && (
          <Form.Item name="addressText" label="标准地址" rules={[{ required: true, message: '请填写房屋的标准地址' }]}>
            <AddressInput />
          </Form.Item>
        )}
        <Form.Item name="kind" label="房屋类别" rules={[{ required: true }]}>
          <Select options={labelOptions(ENUM_LABELS.HousingKind)} />
        </Form.Item>
        <Form.Item name="use" label="用途" rules={[{ required: true }]}>
          <Select options={labelOptions(ENUM_LABELS.HousingUse)} />
        </Form.Item>
        <Form.Item
          name="landlordName"
          label="房主（出租人）"
          rules={[{ required: rented, min: 2, max: 30, message: '出租房屋须填写房主姓名（2 到 30 个字）' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="landlordPhone"
          label="房主联系电话"
          rules={[{ pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为 11 位手机号或带区号的座机号' }]}
        >
          <Input />
        </Form.Item>
        {rented && (
          <>
            <Form.Item name="rentedSince" label="出租起始日期" rules={[{ required: true, message: '出租房屋须填写出租起始日期' }]}>
              <DatePicker disabledDate={(d) => d.isAfter(new Date())} />
            </Form.Item>
            <Form.Item name="rentalRegisteredOn" label="登记备案日期（已备案时填写）">
              <DatePicker disabledDate={(d) => d.isAfter(new Date())} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
