import { Form, TextArea } from 'antd-mobile';
import { useSearchParams } from 'react-router-dom';
import { EntryForm } from './entry-form';

/**
 * 纠纷进展: the week's progress on a dispute the officer handles (一盯到底), written where it
 * happened. Made against the version the officer read; if the dispute moved on meanwhile, the
 * outbox shows a conflict instead of filing it blind.
 */
export function ProgressPage() {
  const [params] = useSearchParams();
  const id = params.get('id')!;
  const title = params.get('title') ?? '';
  const save = async (v: { note: string }) => ({
    key: crypto.randomUUID(),
    kind: 'progress' as const,
    label: `纠纷进展 · ${title}`,
    subjectId: id,
    variables: { input: { id, version: Number(params.get('version')), note: v.note.trim() } },
  });
  return (
    <EntryForm onSave={save} submit="保存" testId="progress-save">
      <Form.Header>{title}</Form.Header>
      <Form.Item name="note" label="本周进展" rules={[{ required: true, whitespace: true, message: '请写明本周进展' }]}>
        <TextArea rows={5} maxLength={2000} showCount placeholder="走访当事人、调解经过、双方态度、下一步" />
      </Form.Item>
    </EntryForm>
  );
}
