// Set the canonical body of one unit name as written; the written name itself never changes.
// Mount it with key={unit name} so the field starts from that unit's value.
import { useMemo, useState } from 'react';
import { AutoComplete, Modal, Typography } from 'antd';
import type { UnitMention } from '../../core/plan/types';
import type { Correction } from '../../core/plan/corrections';

interface Props {
  unit: UnitMention | null;
  units: UnitMention[];
  busy: boolean;
  onClose(): void;
  correct(correction: Correction, doneText: string): Promise<boolean>;
}

export function UnitCanonicalModal({ unit, units, busy, onClose, correct }: Props) {
  const [value, setValue] = useState(unit?.canonical ?? '');
  const known = useMemo(() => {
    const names = new Set<string>();
    for (const mention of units) if (mention.canonical) names.add(mention.canonical);
    return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((name) => ({ value: name }));
  }, [units]);

  const save = async () => {
    if (!unit) return;
    const canonical = value.trim() === '' ? null : value.trim();
    if (canonical === unit.canonical) {
      onClose();
      return;
    }
    const done = canonical
      ? `已将「${unit.name}」对应到「${canonical}」`
      : `已清除「${unit.name}」的规范名称`;
    if (await correct({ op: 'setUnitCanonical', name: unit.name, canonical }, done)) onClose();
  };

  return (
    <Modal
      open={unit !== null}
      title={unit ? `「${unit.name}」对应的规范单位` : ''}
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        原文写法保持不变，只改变它对应的规范单位；台账和统计按规范单位归口。留空表示暂不对应。
      </Typography.Paragraph>
      <AutoComplete
        value={value}
        onChange={setValue}
        options={known}
        filterOption={(input, option) => (option?.value ?? '').includes(input)}
        placeholder="如：区卫生健康委员会"
        style={{ width: '100%' }}
        allowClear
      />
    </Modal>
  );
}
