import { Form, ImageUploader, Input, Selector, TextArea, Toast, type ImageUploadItem } from 'antd-mobile';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EntryForm } from './entry-form';
import { currentPosition } from '../position';
import { label, VISIT_VERB } from '../labels';
import { compressPhoto, PHOTOS_PER_RECORD } from '../photo';

const OUTCOMES = ['normal', 'issue_found', 'not_met'].map((value) => ({ value, label: label('VisitOutcome', value) }));

/**
 * 走访与核查: the record made where the officer stands. It carries the phone's position (the
 * server checks it against the community) and the moment of saving, and waits on the phone
 * until sent, so it is made once whether or not there is network.
 */
export function RecordPage() {
  const [params] = useSearchParams();
  const subjectType = params.get('subjectType') ?? 'resident';
  const kind = params.get('kind') ?? 'visit';
  const name = params.get('name') ?? '';
  const [outcome, setOutcome] = useState('normal');
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [scaling, setScaling] = useState(0); // photos still being scaled: 保存 waits, so none is left behind
  const upload = async (file: File): Promise<ImageUploadItem> => {
    setScaling((n) => n + 1);
    try {
      return { url: await compressPhoto(file) };
    } finally {
      // after the uploader has put the photo in `photos` (it does so right after this resolves)
      setTimeout(() => setScaling((n) => n - 1));
    }
  };
  const needsDeadline = subjectType === 'unit' && outcome === 'issue_found';

  const save = async (values: { note?: string; rectifyBy?: string }) => {
    const position = await currentPosition();
    const clientKey = crypto.randomUUID();
    return {
      key: clientKey,
      kind: 'visit' as const,
      label: `${VISIT_VERB[kind]} · ${name}`,
      variables: {
        input: {
          subjectType,
          subjectId: params.get('subjectId'),
          kind,
          outcome,
          note: values.note?.trim() || null,
          rectifyBy: needsDeadline ? values.rectifyBy : null,
          at: new Date().toISOString(),
          position,
          clientKey,
        },
      },
      saved: position ? '已保存' : '已保存（未取得定位）',
      // each photo its own write, after the record, naming it by its client key (it may not be sent yet)
      then: photos.map((p, i) => {
        const photoKey = crypto.randomUUID();
        return {
          key: photoKey,
          kind: 'photo' as const,
          label: `现场照片 ${i + 1}/${photos.length} · ${name}`,
          variables: { input: { visitClientKey: clientKey, photo: p.url, clientKey: photoKey } },
        };
      }),
    };
  };

  return (
    <EntryForm onSave={save} submit="保存" testId="record-save" busy={scaling > 0}>
      <Form.Header>
        {VISIT_VERB[kind]} · {name}
      </Form.Header>
      <Form.Item label="情况">
        <Selector options={OUTCOMES} value={[outcome]} onChange={(v) => v[0] && setOutcome(v[0])} columns={3} />
      </Form.Item>
      <Form.Item name="note" label="情况说明" rules={[{ max: 1000, message: '最多 1000 字' }]}>
        <TextArea placeholder="见到的情况、需要跟进的事" rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item label="现场照片" description={`最多 ${PHOTOS_PER_RECORD} 张，随记录保存和发送`}>
        <ImageUploader
          value={photos}
          onChange={setPhotos}
          upload={upload}
          maxCount={PHOTOS_PER_RECORD}
          capture="environment"
          accept="image/*"
          onCountExceed={() => Toast.show(`最多 ${PHOTOS_PER_RECORD} 张`)}
          data-testid="record-photos"
        />
      </Form.Item>
      {needsDeadline && (
        <Form.Item name="rectifyBy" label="整改期限" rules={[{ required: true, message: '发现问题须填写整改期限' }]}>
          <Input type="date" />
        </Form.Item>
      )}
    </EntryForm>
  );
}
