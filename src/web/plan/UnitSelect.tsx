// Choose units as written in the document, or type a new name (free entry); used for lead and cooperating units.
import { useMemo } from 'react';
import { Select } from 'antd';
import type { Plan } from '../../core/plan/types';

/** Every unit name the plan mentions, in the order first seen. */
export function unitNames(plan: Plan): string[] {
  const names = new Set<string>();
  for (const unit of plan.units) names.add(unit.name);
  for (const task of plan.tasks) for (const name of [...task.lead, ...task.co]) names.add(name);
  return [...names];
}

interface Props {
  plan: Plan;
  /** Set by Form.Item so its label points at this field. */
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
}

export function UnitSelect({ plan, id, value, onChange, placeholder }: Props) {
  const options = useMemo(
    () => unitNames(plan).map((name) => ({ value: name, label: name })),
    [plan],
  );
  return (
    <Select
      id={id}
      mode="tags"
      value={value}
      onChange={(next: string[]) =>
        onChange?.(next.map((name) => name.trim()).filter((name) => name !== ''))
      }
      options={options}
      placeholder={placeholder ?? '选择单位，或直接输入名称后回车'}
      tokenSeparators={['、', '，', ',']}
      style={{ width: '100%' }}
    />
  );
}
