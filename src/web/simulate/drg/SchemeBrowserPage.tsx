// 分组方案: the chosen scheme as a tree MDC → ADRG → DRG with Chinese names; choosing an ADRG (or one of
// its DRGs) shows its rules in words beside the tree.
import { useMemo, useState } from 'react';
import type { Key } from 'react';
import { Col, Input, Row, Spin, Tree } from 'antd';
import type { TreeDataNode } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { AdrgRules } from './AdrgRules';
import { drgApi, type MdcNode } from './api';
import { useDrgContext } from './DrgArea';
import { useLoad } from '../../shared/useLoad';

const matches = (filter: string, ...texts: string[]) =>
  filter === '' || texts.some((text) => text.toUpperCase().includes(filter.toUpperCase()));

function treeData(mdcs: MdcNode[], filter: string): TreeDataNode[] {
  return mdcs.flatMap((mdc) => {
    const mdcHit = matches(filter, mdc.code, mdc.name);
    const adrgs = mdc.adrgs.filter(
      (adrg) =>
        mdcHit ||
        matches(filter, adrg.code, adrg.name) ||
        adrg.drgs.some((drg) => matches(filter, drg.code, drg.name)),
    );
    if (!mdcHit && adrgs.length === 0) return [];
    return [
      {
        key: `mdc:${mdc.code}`,
        title: `${mdc.code} ${mdc.name}（${mdc.adrgs.length} 个 ADRG）`,
        children: [
          ...adrgs.map((adrg) => ({
            key: `adrg:${adrg.code}`,
            title: `${adrg.code} ${adrg.name}`,
            children: adrg.drgs.map((drg) => ({
              key: `drg:${adrg.code}:${drg.code}`,
              title: `${drg.code} ${drg.name}`,
              isLeaf: true,
            })),
          })),
          ...mdc.ambiguity.map((step) => ({
            key: `qy:${step.code}`,
            title: `${step.code} ${step.name || '歧义组'}（${step.enabled ? '启用' : '未启用'}）`,
            selectable: false,
            isLeaf: true,
          })),
        ],
      },
    ];
  });
}

/** Keys of the nodes that have children: what a filter opens. */
const branchKeys = (nodes: TreeDataNode[]): Key[] =>
  nodes.flatMap((node) =>
    node.children && node.children.length > 0 ? [node.key, ...branchKeys(node.children)] : [],
  );

export function SchemeBrowserPage() {
  const { scheme } = useDrgContext();
  const { data: mdcs, error } = useLoad(scheme, () => drgApi.tree(scheme));
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<{ scheme: string; adrg: string } | null>(null);
  const adrg = picked !== null && picked.scheme === scheme ? picked.adrg : null;

  const data = useMemo(() => (mdcs ? treeData(mdcs, filter.trim()) : []), [mdcs, filter]);
  const [expanded, setExpanded] = useState<Key[]>([]);

  const applyFilter = (text: string) => {
    setFilter(text);
    // A filter opens every branch it kept; clearing it folds the tree back to the MDCs.
    setExpanded(text.trim() === '' || !mdcs ? [] : branchKeys(treeData(mdcs, text.trim())));
  };
  const toggle = (key: Key) =>
    setExpanded((keys) => (keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]));

  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Input.Search
          allowClear
          placeholder="按编码或名称筛选，例如 GZ1 或 消化"
          onSearch={applyFilter}
          onChange={(event) => {
            if (event.target.value === '') applyFilter('');
          }}
          style={{ marginBottom: 8 }}
        />
        {error !== null && <ErrorAlert error={error} />}
        {mdcs === undefined && error === null ? (
          <Spin description="正在读取分组方案…" />
        ) : (
          <div data-testid="scheme-tree">
            <Tree
              treeData={data}
              height={560}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys)}
              selectedKeys={adrg ? [`adrg:${adrg}`] : []}
              onSelect={(_keys, { node }) => {
                const key = String(node.key);
                const code = key.split(':')[1];
                if (key.startsWith('mdc:')) toggle(key);
                else if (code !== undefined && (key.startsWith('adrg:') || key.startsWith('drg:')))
                  setPicked({ scheme, adrg: code });
              }}
            />
          </div>
        )}
      </Col>
      <Col xs={24} lg={14}>
        <AdrgRules scheme={scheme} code={adrg} />
      </Col>
    </Row>
  );
}
