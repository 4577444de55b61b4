import { Form, Input, Selector, Switch, TextArea, Toast } from 'antd-mobile';
import { DISPUTE_CATEGORY_LABELS } from '@cp/web-client';
import { useState } from 'react';
import { useDayQuery } from '../day-query';
import { ME } from '../operations';
import { EntryForm } from './entry-form';

const CATEGORIES = Object.entries(DISPUTE_CATEGORY_LABELS).map(([value, label]) => ({ value, label }));

interface LeadForm {
  title: string;
  parties: string;
  addressText?: string;
  description?: string;
  threatsNoted?: boolean;
  violenceHistory?: boolean;
}

/**
 * 矛盾上报: a dispute lead found in the street (社区发现), with its parties and place. The
 * platform files it as any dispute: repeats linked, risk scored, warnings raised, the officer
 * who found it following it (一盯到底).
 */
export function LeadPage() {
  const communities = useDayQuery(ME, 'me').data?.myCommunities ?? [];
  const [picked, setCommunity] = useState<string | null>(null);
  const communityId = picked ?? (communities.length === 1 ? communities[0].id : null);
  const [category, setCategory] = useState('neighbour');

  const save = async (v: LeadForm) => {
    if (!communityId) {
      Toast.show({ content: '请选择发生地社区' });
      return null;
    }
    const parties = v.parties
      .split(/[，,、\s]+/)
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name }));
    const clientKey = crypto.randomUUID();
    return {
      key: clientKey,
      kind: 'lead' as const,
      label: `矛盾上报 · ${v.title.trim()}`,
      variables: {
        input: {
          title: v.title.trim(),
          category,
          source: 'community_found',
          communityId,
          parties,
          addressText: v.addressText?.trim() || null,
          description: v.description?.trim() || null,
          threatsNoted: !!v.threatsNoted,
          violenceHistory: !!v.violenceHistory,
          clientKey,
        },
      },
    };
  };

  return (
    <EntryForm onSave={save} submit="上报" testId="lead-save">
      <Form.Header>矛盾纠纷线索</Form.Header>
      <Form.Item label="发生地社区">
        <Selector
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          value={communityId ? [communityId] : []}
          onChange={(v) => setCommunity(v[0] ?? null)}
        />
      </Form.Item>
      <Form.Item name="title" label="事由" rules={[{ required: true, message: '请写明事由' }]}>
        <Input placeholder="如 楼上漏水引发邻里争吵" maxLength={100} />
      </Form.Item>
      <Form.Item label="类别">
        <Selector options={CATEGORIES} value={[category]} onChange={(v) => v[0] && setCategory(v[0])} columns={3} />
      </Form.Item>
      <Form.Item name="parties" label="当事人" rules={[{ required: true, message: '至少写一名当事人' }]}>
        <Input placeholder="姓名，多人用逗号分开" />
      </Form.Item>
      <Form.Item name="addressText" label="地点">
        <Input placeholder="如 东四三条 12号" />
      </Form.Item>
      <Form.Item name="description" label="情况">
        <TextArea rows={3} maxLength={2000} placeholder="起因、经过、现状" />
      </Form.Item>
      <Form.Item name="threatsNoted" label="有威胁、扬言等言行" childElementPosition="right" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="violenceHistory" label="有暴力史或肢体冲突" childElementPosition="right" valuePropName="checked">
        <Switch />
      </Form.Item>
    </EntryForm>
  );
}
