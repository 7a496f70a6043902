// 高级：the whole scenario as JSON in a text box, checked as it is typed; valid text replaces the form's values.
import { useState } from 'react';
import { Alert, Input, Typography } from 'antd';
import type { Scenario } from './api';
import { parseScenario } from './scenarioShape';

export function JsonEditor({
  scenario,
  onChange,
}: {
  scenario: Scenario;
  onChange: (scenario: Scenario) => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(scenario, null, 2));
  const [problems, setProblems] = useState<string[]>([]);

  const edit = (next: string) => {
    setText(next);
    const parsed = parseScenario(next);
    if ('problems' in parsed) setProblems(parsed.problems);
    else {
      setProblems([]);
      onChange(parsed.scenario);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary">
        这里是完整的测算方案（含调价表 priceSchedule）。金额单位为分，比例单位为基点（10000 =
        100%）， 日期为 YYYY-MM-DD。内容有效时立即替换表单中的值；保存时服务器会再逐项检查。
      </Typography.Paragraph>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="json-problems"
          title="JSON 有问题，尚未应用"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 8 }}
        />
      ) : (
        <Alert
          type="success"
          showIcon
          title="JSON 有效，已应用到表单"
          style={{ marginBottom: 8 }}
        />
      )}
      <Input.TextArea
        aria-label="测算方案 JSON"
        value={text}
        onChange={(event) => edit(event.target.value)}
        autoSize={{ minRows: 16, maxRows: 40 }}
        spellCheck={false}
        style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 12 }}
      />
    </div>
  );
}
