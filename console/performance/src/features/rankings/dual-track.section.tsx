import { useMutation } from '@apollo/client/react';
import { showUserErrors } from '@cp/ui';
import { App, Button, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { fmt } from './drill-down';
import { RATE_DUTY_WORK, type RankingRow } from './rankings.operations';

interface Values {
  score: number;
  basis: string;
}

/**
 * 双轨考核: the long line (this scorecard, from the work) and the duty deputy's short line, 50 %
 * each. The station's leadership scores the short line until the period is published.
 */
export function DualTrackSection({ card, period, canRate, onRated }: { card: RankingRow; period: string; canRate: boolean; onRated: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [rate, { loading }] = useMutation(RATE_DUTY_WORK);
  const track = card.dualTrack;
  if (!track) return null;

  const submit = async () => {
    const v = await form.validateFields();
    const input = { period, officerId: card.scopeId, score: v.score, basis: v.basis, version: track.rating?.version ?? null };
    const result = (await rate({ variables: { input } })).data?.rateDutyWork;
    if (showUserErrors(form, ['score', 'basis'], result?.errors, message.error) || !result) return;
    message.success('已评分');
    onRated();
  };

  return (
    <div style={{ marginBottom: 16 }} data-testid="dual-track">
      <Typography.Text strong>双轨考核</Typography.Text>
      <Descriptions size="small" column={3} style={{ marginTop: 8 }}>
        <Descriptions.Item label="长线（社区警务队长，系统计算）">{fmt(track.longLine)}</Descriptions.Item>
        <Descriptions.Item label="短线（值班副所长评分）">{track.shortLine === null ? '未评（只计长线）' : fmt(track.shortLine)}</Descriptions.Item>
        <Descriptions.Item label="总分">{fmt(card.total)}</Descriptions.Item>
        {track.rating && (
          <Descriptions.Item label="短线依据" span={3}>
            {track.rating.basis}（{track.rating.ratedBy}）
          </Descriptions.Item>
        )}
      </Descriptions>
      {canRate && (
        <Form form={form} layout="inline" initialValues={{ score: track.rating?.score, basis: track.rating?.basis }}>
          <Space align="start" wrap>
            <Form.Item name="score" label="短线评分" rules={[{ required: true, message: '请评分' }]}>
              <InputNumber min={0} max={100} precision={0} />
            </Form.Item>
            <Form.Item name="basis" label="评分依据" rules={[{ required: true, min: 4, message: '请写明依据（值班次数、处警、差错）' }]}>
              <Input style={{ width: 360 }} />
            </Form.Item>
            <Button type="primary" onClick={submit} loading={loading}>
              {track.rating ? '修改短线评分' : '短线评分'}
            </Button>
          </Space>
        </Form>
      )}
    </div>
  );
}
