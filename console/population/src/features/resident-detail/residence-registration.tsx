import { useMutation } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { RECORD_RESIDENCE_REGISTRATION } from './resident-detail.operations';

/** 居住登记: the date a floating resident registered their residence, once, checked against arrival by the server. */
export function ResidenceRegistrationButton({ resident }: { resident: { id: string; version: number; arrivedOn?: string | null } }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ registeredOn: Dayjs }>();
  const [record, { loading }] = useMutation(RECORD_RESIDENCE_REGISTRATION);
  const submit = async () => {
    const v = await form.validateFields();
    const result = (await record({ variables: { input: { id: resident.id, version: resident.version, registeredOn: v.registeredOn.format('YYYY-MM-DD') } } }))
      .data?.recordResidenceRegistration;
    if (!result) return;
    if (result.errors.length) return void form.setFields([{ name: 'registeredOn', errors: result.errors.map((e) => e.message) }]);
    message.success('已记录居住登记');
    setOpen(false);
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        办理居住登记
      </Button>
      <Modal title="记录居住登记" open={open} onOk={submit} onCancel={() => setOpen(false)} okText="保存" cancelText="取消" confirmLoading={loading}>
        <Form form={form} layout="vertical">
          <Form.Item name="registeredOn" label="居住登记日期" rules={[{ required: true, message: '请选择居住登记日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(new Date()) || (!!resident.arrivedOn && d.isBefore(resident.arrivedOn, 'day'))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
