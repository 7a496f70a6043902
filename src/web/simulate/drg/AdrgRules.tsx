// One ADRG's rules in words: how a case reaches its MDC, the ADRG's entry condition, the split rules in
// the order they are tried, and every code list they use, opened on demand.
import { Collapse, Descriptions, Empty, Spin, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { drgApi, type AdrgDetail, type ListReference } from './api';
import { CodeListTable } from './CodeListTable';
import { useLoad } from '../../shared/useLoad';

const KIND_LABELS: Record<ListReference['kind'], string> = {
  diagnosis: '诊断',
  procedure: '手术操作',
};

/** Every list the rules refer to, once each, in the order a reader meets them. */
function listsOf(detail: AdrgDetail): Array<ListReference & { pairedWith?: string }> {
  const all: Array<ListReference & { pairedWith?: string }> = [
    ...detail.mdc.condition.lists,
    ...(detail.mdc.multiTrauma ? [detail.mdc.multiTrauma.list] : []),
    ...detail.condition.lists,
    ...detail.splits.flatMap((split) => split.condition.lists),
    ...(detail.categoryMap
      ? [{ ...detail.categoryMap.procedures, pairedWith: detail.categoryMap.categories }]
      : []),
  ];
  return all.filter((list, index) => all.findIndex((other) => other.name === list.name) === index);
}

export function AdrgRules({ scheme, code }: { scheme: string; code: string | null }) {
  const { data: detail, error } = useLoad(code === null ? null : `${scheme}/${code}`, () =>
    drgApi.adrg(scheme, code ?? ''),
  );

  if (code === null) return <Empty description="在左侧选择一个 ADRG，查看它的入组条件和细分规则" />;
  if (error !== null) return <ErrorAlert error={error} />;
  if (detail === undefined) return <Spin description="正在读取规则…" />;

  const { mdc } = detail;
  const trauma = mdc.multiTrauma
    ? `；且诊断覆盖 ${mdc.multiTrauma.list.name} 表中至少 ${mdc.multiTrauma.minRegions} 个不同的创伤部位`
    : '';
  return (
    <div data-testid="adrg-rules">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {detail.code} {detail.name}
      </Typography.Title>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 120 } }}
        items={[
          {
            key: 'mdc',
            label: '所属 MDC',
            children: (
              <>
                <div>
                  {mdc.code} {mdc.name}：{mdc.condition.text}
                  {trauma}
                </div>
                <Typography.Text type="secondary">
                  进入 {mdc.code} 后，各 ADRG 按顺序检查，本 ADRG 排第 {mdc.position} 个（共{' '}
                  {mdc.adrgCount} 个），前面的 ADRG 先入组。
                </Typography.Text>
              </>
            ),
          },
          { key: 'entry', label: '入组条件', children: detail.condition.text },
          {
            key: 'splits',
            label: '细分规则',
            children: (
              <>
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {detail.splits.map((split) => (
                    <li key={split.code} style={{ marginBottom: 4 }}>
                      <Tag color="purple">{split.code}</Tag>
                      {split.name}：
                      {split.condition.text === '无附加条件' ? '其余情况' : split.condition.text}
                    </li>
                  ))}
                </ol>
                <Typography.Text type="secondary">
                  依次检查，第一个成立的即为结果；{detail.fallback}。
                </Typography.Text>
              </>
            ),
          },
          ...(detail.categoryMap
            ? [
                {
                  key: 'categories',
                  label: '手术操作类别',
                  children: `${detail.categoryMap.procedures.name} 表中的每个手术操作按 ${detail.categoryMap.categories} 表对应一个类别；本 ADRG 用到类别 ${detail.categoryMap.used.join('、')}。`,
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        规则用到的编码表
      </Typography.Title>
      <Collapse
        size="small"
        items={listsOf(detail).map((list) => ({
          key: list.name,
          label: `${list.name === 'SS_VALID' ? '手术室手术表 SS_VALID' : `${list.name} 表`}：${KIND_LABELS[list.kind]} ${list.count} 个`,
          children: <CodeListTable scheme={scheme} name={list.name} pairedWith={list.pairedWith} />,
        }))}
      />
    </div>
  );
}
