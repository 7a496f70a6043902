// 一个台账: the plan's items with owners, deadlines, state and progress; filters by unit, state, due window,
// heading and words; the items by state as a chart; who has not reported in the current period.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import type { DueFlag } from '../../core/ledger/due-status';
import { itemStates, type ItemState } from '../../core/ledger/states';
import { errorText } from '../shared/api';
import { useMay, useUser } from '../shared/auth';
import { EChart, type ChartOption } from '../shared/EChart';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { ledgerApi, type ItemFilter, type ItemView, type LedgerDetail } from './api';
import {
  describeCadence,
  dueFlagNames,
  flagColors,
  itemStateNames,
  stateColors,
  unitNames,
} from './labels';

const flagOptions: DueFlag[] = ['overdue', 'due-soon', 'on-time', 'no-deadline', 'paused'];

export function DueCell({ item }: { item: ItemView }) {
  return (
    <Space direction="vertical" size={0}>
      <span>{item.dueText ?? item.due ?? '—'}</span>
      {(item.flag === 'overdue' || item.flag === 'due-soon') && (
        <Tag color={flagColors[item.flag]}>
          {item.flag === 'overdue'
            ? `逾期 ${-(item.workdaysLeft ?? 0)} 个工作日`
            : `临期，剩 ${item.workdaysLeft ?? 0} 个工作日`}
        </Tag>
      )}
    </Space>
  );
}

function stateChart(ledger: LedgerDetail): ChartOption {
  const states = itemStates.filter((state) => ledger.counts.byState[state] > 0);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 80, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: states.map((state) => itemStateNames[state]), inverse: true },
    series: [
      {
        type: 'bar',
        data: states.map((state) => ledger.counts.byState[state]),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

function MissingPanel({ ledger, onRemapped }: { ledger: LedgerDetail; onRemapped: () => void }) {
  const { period, units, unmapped } = ledger.missing;
  const may = useMay();
  const { message } = App.useApp();
  const remap = async () => {
    try {
      const result = await ledgerApi.remapUnits(ledger.id);
      message.success(
        result.changed > 0
          ? `已为 ${result.changed} 项对应到单位名录${result.unmapped > 0 ? `，仍有 ${result.unmapped} 项未对应` : ''}`
          : '单位名录中没有新的可对应单位：请先在“单位管理”中登记单位或添加别名。',
      );
      onRemapped();
    } catch (caught) {
      message.error(errorText(caught));
    }
  };
  if (period === null) return <Typography.Text type="secondary">报送尚未开始。</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        本期：{period.label}，{period.due} 前报送
      </Typography.Text>
      {units.length === 0 ? (
        <Alert type="success" showIcon title="各牵头单位本期均已报送。" />
      ) : (
        <Space wrap data-testid="missing-units">
          {units.map((unit) => (
            <Tag key={unit.unitCode} color="volcano">
              {unit.unitName ?? unit.unitCode}：{unit.items.length} 项未报
            </Tag>
          ))}
        </Space>
      )}
      {ledger.lateNotices.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="late-notices"
          title={`督办回复逾期 ${ledger.lateNotices.length} 件`}
          description={
            <Space direction="vertical" size={0}>
              {ledger.lateNotices.map((notice) => (
                <Link key={notice.id} to={`/ledger/items/${notice.itemId}`}>
                  {notice.demand}（{notice.replyBy} 前回复，
                  {notice.repliedOn ? `${notice.repliedOn} 才回复` : '未回复'}）
                </Link>
              ))}
            </Space>
          }
        />
      )}
      {unmapped.length > 0 && (
        <Space wrap>
          <Typography.Text type="warning">
            {unmapped.length}{' '}
            项的牵头单位未对应到单位名录，无法报送：请在“单位管理”中登记该单位或为其添加别名，然后重新对应。
          </Typography.Text>
          {may('ledger.write') && (
            <Button size="small" onClick={() => void remap()}>
              按单位名录重新对应
            </Button>
          )}
        </Space>
      )}
    </Space>
  );
}

export function LedgerPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const user = useUser();
  const [filter, setFilter] = useState<ItemFilter>({ page: 1, pageSize: 20 });
  const change = (patch: Partial<ItemFilter>) =>
    setFilter((previous) => ({ ...previous, page: 1, ...patch }));
  const ledger = useLoad(`ledger:${id}`, () => ledgerApi.get(id));
  const items = useLoad(`items:${id}:${JSON.stringify(filter)}`, () => ledgerApi.items(id, filter));
  const data = ledger.data;

  const columns: TableColumnsType<ItemView> = [
    { title: '序号', dataIndex: 'ref', width: 70 },
    {
      title: '任务',
      dataIndex: 'title',
      render: (title: string, item) => (
        <Space direction="vertical" size={0}>
          <Link to={`/ledger/items/${item.id}`}>{title}</Link>
          <Space size={4}>
            {item.section[0] && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.section.join(' / ')}
              </Typography.Text>
            )}
            {item.needsReview && (
              <Tooltip title="方案解析时提示需人工核实（例如未写明牵头单位）">
                <Tag color="warning">待核实</Tag>
              </Tooltip>
            )}
            {item.removed && <Tag>已不在方案中</Tag>}
          </Space>
        </Space>
      ),
    },
    { title: '牵头单位', width: 160, render: (_, item) => unitNames(item.lead) },
    { title: '配合单位', width: 200, render: (_, item) => unitNames(item.co) },
    { title: '完成时限', width: 150, render: (_, item) => <DueCell item={item} /> },
    {
      title: '状态',
      width: 100,
      render: (_, item) => <Tag color={stateColors[item.state]}>{itemStateNames[item.state]}</Tag>,
    },
    {
      title: '进度',
      width: 120,
      render: (_, item) => <Progress percent={item.percent} size="small" />,
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {ledger.error !== null && <ErrorAlert error={ledger.error} onRetry={ledger.reload} />}
      {data && (
        <Card
          title={data.title}
          extra={
            <Space>
              {data.planId !== null && <Link to={`/plans/${data.planId}`}>查看方案原文</Link>}
              <Button
                icon={<DownloadOutlined />}
                onClick={() =>
                  ledgerApi.exportXlsx(data.id, data.title).catch((caught: unknown) => {
                    void message.error(errorText(caught));
                  })
                }
              >
                导出台账
              </Button>
            </Space>
          }
        >
          <Row gutter={24}>
            <Col xs={24} lg={10}>
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic title="事项" value={data.counts.total} />
                </Col>
                <Col span={8}>
                  <Statistic
                    title="逾期"
                    value={data.counts.overdue}
                    valueStyle={data.counts.overdue > 0 ? { color: '#cf1322' } : undefined}
                  />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={`临期（${data.dueSoonWorkdays} 个工作日内）`}
                    value={data.counts.dueSoon}
                    valueStyle={data.counts.dueSoon > 0 ? { color: '#d46b08' } : undefined}
                  />
                </Col>
              </Row>
              <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
                报送频次：{describeCadence(data.cadence)}
                {data.cadenceSource
                  ? `，依据方案第 ${data.cadenceSource.line} 行。`
                  : '（方案未写明，默认每月报送）。'}
              </Typography.Paragraph>
              <MissingPanel
                ledger={data}
                onRemapped={() => {
                  ledger.reload();
                  items.reload();
                }}
              />
            </Col>
            <Col xs={24} lg={14}>
              <EChart option={stateChart(data)} style={{ height: 200 }} testId="ledger-states" />
            </Col>
          </Row>
        </Card>
      )}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder="搜索任务、单位"
            style={{ width: 220 }}
            onSearch={(q) => change({ q })}
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 120 }}
            value={filter.state}
            onChange={(state?: ItemState) => change({ state })}
            options={itemStates.map((state) => ({ value: state, label: itemStateNames[state] }))}
          />
          <Select
            allowClear
            placeholder="时限"
            style={{ width: 140 }}
            value={filter.flag}
            onChange={(flag?: DueFlag) => change({ flag })}
            options={flagOptions.map((flag) => ({ value: flag, label: dueFlagNames[flag] }))}
          />
          <Select
            allowClear
            placeholder="分类"
            style={{ width: 240 }}
            value={filter.section}
            onChange={(section?: string) => change({ section })}
            options={(items.data?.sections ?? []).map((section) => ({
              value: section,
              label: section,
            }))}
          />
          {user.unitCode && (
            <Checkbox
              checked={filter.unit === user.unitCode}
              onChange={(event) =>
                change({ unit: event.target.checked ? (user.unitCode ?? undefined) : undefined })
              }
            >
              只看本单位
            </Checkbox>
          )}
          <Checkbox
            checked={filter.needsReview === true}
            onChange={(event) => change({ needsReview: event.target.checked || undefined })}
          >
            只看待核实
          </Checkbox>
          <Button onClick={() => setFilter({ page: 1, pageSize: filter.pageSize })}>
            清除筛选
          </Button>
        </Space>
        {items.error !== null && <ErrorAlert error={items.error} onRetry={items.reload} />}
        <Table
          rowKey="id"
          size="middle"
          loading={items.loading}
          columns={columns}
          dataSource={items.data?.items ?? []}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: items.data?.total ?? 0,
            showTotal: (total) => `共 ${total} 项`,
            onChange: (page, pageSize) =>
              setFilter((previous) => ({ ...previous, page, pageSize })),
          }}
        />
      </Card>
    </Space>
  );
}
