// A labelled scenario field with its provenance: the plan's words and line in a tooltip, or — for an
// assumption — an orange mark and the reminder to set it by local policy.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { Form, Space, Tag, Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import type { Provenance, ProvenanceMap } from './api';
import { provenanceAt, type PathKey } from './path';

export const ProvenanceContext = createContext<ProvenanceMap>({});

export const ASSUMPTION_TEXT = '假设值，请按本地政策设置';

/** The record's own fields (name, id, version): never a policy value, so never marked. */
export const RECORD_FIELDS = new Set(['schemaVersion', 'id', 'name', 'version']);

function provenanceOfField(provenance: ProvenanceMap, path: readonly PathKey[]) {
  return RECORD_FIELDS.has(String(path[0])) ? undefined : provenanceAt(provenance, path);
}

/** The tooltip text of a provenance: quote with document and line, or the assumption's note. */
export function ProvenanceNote({ provenance }: { provenance: Provenance }) {
  return (
    <div style={{ maxWidth: 420 }}>
      {provenance.assumption && <div style={{ fontWeight: 600 }}>{ASSUMPTION_TEXT}</div>}
      {provenance.assumption && <div>{provenance.note}</div>}
      {provenance.source && (
        <div style={{ marginTop: provenance.assumption ? 6 : 0 }}>
          方案原文：“{provenance.source.quote}”
          <div style={{ opacity: 0.8 }}>
            {provenance.source.document} 第 {provenance.source.line} 行
          </div>
        </div>
      )}
    </div>
  );
}

/** The mark after a label: a blue “方案” tag with the quote, or an orange “假设值” tag with the note. */
export function ProvenanceMark({ path }: { path: readonly PathKey[] }) {
  const provenance = provenanceOfField(useContext(ProvenanceContext), path);
  if (!provenance) return null;
  return (
    <Tooltip title={<ProvenanceNote provenance={provenance} />}>
      {provenance.assumption ? (
        <Tag color="orange" data-testid="assumption-mark" style={{ marginInlineEnd: 0 }}>
          假设值
        </Tag>
      ) : (
        <Tag color="blue" icon={<InfoCircleOutlined />} style={{ marginInlineEnd: 0 }}>
          方案第 {provenance.source.line} 行
        </Tag>
      )}
    </Tooltip>
  );
}

export function Field({
  path,
  label,
  htmlFor,
  extra,
  children,
}: {
  path: readonly PathKey[];
  label: string;
  htmlFor?: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const provenance = provenanceOfField(useContext(ProvenanceContext), path);
  const assumption = provenance?.assumption === true;
  return (
    <Form.Item
      label={
        <Space size={4}>
          {label}
          <ProvenanceMark path={path} />
        </Space>
      }
      htmlFor={htmlFor}
      validateStatus={assumption ? 'warning' : undefined}
      help={assumption ? ASSUMPTION_TEXT : undefined}
      extra={extra}
    >
      {children}
    </Form.Item>
  );
}
