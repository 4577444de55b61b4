import { Button, Form, Toast } from 'antd-mobile';
import type { FormProps } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { client } from '../apollo';
import type { OutboxEntry } from '../device';
import { enqueue } from '../outbox';

type Write = Omit<OutboxEntry, 'createdAt' | 'state'>;

/**
 * The field app's forms: one column, a large submit at the foot. `onSave` returns the write
 * to queue (or null to stay on the form); the form then says so and goes back where it came from.
 */
export function EntryForm<T>(props: {
  /** The write, with what is sent right after it (a visit's photos) in `then`. */
  onSave: (values: T) => Promise<(Write & { saved?: string; then?: Write[] }) | null>;
  submit: string;
  testId: string;
  /** Something the write needs is still being made (a photo being scaled): saving waits for it. */
  busy?: boolean;
  form?: FormProps['form'];
  children: ReactNode;
}) {
  const navigate = useNavigate();
  // saving takes a moment (the phone's position is asked for): the button says so, and a second tap does nothing
  const [saving, setSaving] = useState(false);
  const finish = async (values: T) => {
    if (saving) return;
    setSaving(true);
    try {
      const entry = await props.onSave(values);
      if (!entry) return;
      const { saved, then = [], ...write } = entry;
      await enqueue(client, write, ...then);
      Toast.show({ content: saved ?? '已保存', icon: 'success' });
      navigate(-1);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      form={props.form}
      layout="vertical"
      onFinish={finish}
      footer={
        <Button block type="submit" color="primary" size="large" data-testid={props.testId} loading={props.busy || saving} disabled={props.busy || saving}>
          {props.submit}
        </Button>
      }
    >
      {props.children}
    </Form>
  );
}
