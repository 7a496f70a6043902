// 报销政策 before and after the reform, side by side as tabs, each with its provenance.
import { Alert, Tabs } from 'antd';
import { useContext } from 'react';
import type { Scenario } from './api';
import { ASSUMPTION_TEXT, ProvenanceContext, ProvenanceNote } from './Field';
import type { SetAt } from './MarkupSection';
import { provenanceAt } from './path';
import { PolicyEditor } from './PolicyEditor';

const SIDES = [
  { key: 'before', label: '改革前' },
  { key: 'after', label: '改革后' },
] as const;

export function ReimbursementSection({ scenario, set }: { scenario: Scenario; set: SetAt }) {
  const provenance = useContext(ProvenanceContext);
  return (
    <Tabs
      items={SIDES.map(({ key, label }) => {
        const found = provenanceAt(provenance, ['reimbursement', key]);
        return {
          key,
          label: `${label}报销政策`,
          children: (
            <div>
              {found && (
                <Alert
                  style={{ marginBottom: 12 }}
                  type={found.assumption ? 'warning' : 'info'}
                  showIcon
                  title={found.assumption ? ASSUMPTION_TEXT : '来自方案'}
                  description={<ProvenanceNote provenance={found} />}
                />
              )}
              <PolicyEditor
                side={key}
                policy={scenario.reimbursement[key]}
                onChange={(policy) => set(['reimbursement', key], policy)}
              />
            </div>
          ),
        };
      })}
    />
  );
}
