import { useMutation } from '@apollo/client/react';
import { showUserErrors } from '@cp/ui';
import { App, Form, InputNumber, Modal, Radio, Select } from 'antd';
import type { ScopeLevel } from '../../gql/graphql';
import { SET_INDICATOR_OVERRIDE, type IndicatorRow, type OverrideRow, type StationRow } from './indicators.operations';

interface Values {
  level: ScopeLevel;
  scopeId: string;
  target?: number | null;
  weight?: number | null;
}

/**
 * 调整: a station's or community's own target or weight for one indicator; empty fields follow the
 * station, then the catalogue. Opening an existing override edits it at the version shown.
 */
export function OverrideModal({
  indicator,
  editing,
  stations,
  onClose,
}: {
  indicator: IndicatorRow;
  editing: OverrideRow | null;
  stations: StationRow[];
  onClose: (changed: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [save, { loading }] = useMutation(SET_INDICATOR_OVERRIDE);
  const level = Form.useWatch('level', form) ?? editing?.level ?? 'station';
  const places =
    level === 'station'
      ? stations.map((s) => ({ value: s.id, label: s.name }))
      : stations.flatMap((s) => s.communities.map((c) => ({ value: c.id, label: `${c.name}（${s.name}）` })));

  const submit = async () => {
    const v = await form.validateFields();
    const input = {
      code: indicator.code,
      level: v.level,
      scopeId: v.scopeId,
      target: v.target ?? null,
      weight: v.weight ?? null,
      version: editing?.version ?? null,
    };
    const result = (await save({ variables: { input } })).data?.setIndicatorOverride;
    if (showUserErrors(form, ['level', 'scopeId', 'target', 'weight'], result?.errors, message.error) || !result) return;
    message.success(result.override ? '已调整' : '已取消调整');
    onClose(true);
  };

  return (
    <Modal
      open
      title={`调整：${indicator.name}`}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      confirmLoading={loading}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={editing ? { level: editing.level, scopeId: editing.scopeId, target: editing.target, weight: editing.weight } : { level: 'station' }}
      >
        <Form.Item name="level" label="调整对象">
          <Radio.Group
            disabled={!!editing}
            onChange={() => form.setFieldValue('scopeId', undefined)}
            options={[
              { value: 'station', label: '派出所（所辖社区未单独调整的随之）' },
              { value: 'community', label: '社区' },
            ]}
          />
        </Form.Item>
        <Form.Item name="scopeId" label={level === 'station' ? '派出所' : '社区'} rules={[{ required: true, message: '请选择' }]}>
          <Select showSearch optionFilterProp="label" options={places} disabled={!!editing} />
        </Form.Item>
        <Form.Item name="target" label={`目标（${indicator.unit}，目录为 ${indicator.target}）`} extra="留空则沿用上级">
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="weight" label={`权重（目录为 ${indicator.weight}）`} extra="留空则沿用上级；目标与权重都留空即取消调整">
          <InputNumber min={0} max={100} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
