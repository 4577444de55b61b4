import { useMutation } from '@apollo/client/react';
import { showUserErrors } from '@cp/ui';
import { App, Form, Input, Modal } from 'antd';
import { UPDATE_OFFICER_PHONE } from './officers.operations';

interface Props {
  officer: { id: string; name: string; phone?: string | null; version: number };
  onClose(): void;
}

/** 工作电话: the number on the officer's public card, kept by their station. */
export function OfficerPhoneModal({ officer, onClose }: Props) {
  const [form] = Form.useForm<{ phone: string }>();
  const [update, { loading }] = useMutation(UPDATE_OFFICER_PHONE);
  const { message } = App.useApp();
  const save = async ({ phone }: { phone: string }) => {
    const res = await update({ variables: { input: { id: officer.id, version: officer.version, phone: phone.trim() || null } } });
    if (showUserErrors(form, ['phone'], res.data?.updateOfficerPhone.errors, (text) => message.error(text))) return;
    message.success('工作电话已保存');
    onClose();
  };
  return (
    <Modal
      open
      title={`${officer.name} 的工作电话`}
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ phone: officer.phone ?? '' }} onFinish={(v) => void save(v)}>
        <Form.Item name="phone" label="工作电话" extra="公示在警民联系卡上；11 位手机号或带区号的座机号，留空为清除">
          <Input placeholder="如 010-64001234" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
