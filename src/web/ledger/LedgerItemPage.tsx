// 台账事项: the task's sentence in the plan, its units and deadline, its state and what may be done now, the
// reports of each period with their evidence, and the whole history as a timeline.
import {
  Alert,
  Breadcrumb,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Progress,
  Row,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMay, useUser } from '../shared/auth';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLoad } from '../shared/useLoad';
import { ledgerApi, type ItemDetail, type ProgressReport } from './api';
import { DueCell } from './LedgerPage';
import { ItemDecisions } from './ItemDecisions';
import { itemStateNames, stateColors, unitNames } from './labels';
import { NoticesCard } from './NoticesCard';
import { ReportForm } from './ReportForm';

const time = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

function ReportCard({ report, detail }: { report: ProgressReport; detail: ItemDetail }) {
  const files = detail.files.filter((file) => report.fileIds.includes(file.id));
  return (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{report.unitName ?? report.unitCode}</Typography.Text>
          <Tag>{report.role === 'lead' ? '牵头' : '配合'}</Tag>
          <Typography.Text type="secondary">
            {report.periodStart} 期 · {report.createdBy ?? ''} 于 {time(report.createdAt)}
          </Typography.Text>
          {report.percent !== null && <Tag color="blue">完成 {report.percent}%</Tag>}
        </Space>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          进展情况：{report.done}
        </Typography.Paragraph>
        {report.problems && (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            存在问题：{report.problems}
          </Typography.Paragraph>
        )}
        {report.nextSteps && (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            下步打算：{report.nextSteps}
          </Typography.Paragraph>
        )}
        {files.length > 0 && (
          <Space wrap>
            佐证材料：
            {files.map((file) => (
              <a key={file.id} href={ledgerApi.fileUrl(file.id)}>
                {file.name}
              </a>
            ))}
          </Space>
        )}
      </Space>
    </List.Item>
  );
}

export function LedgerItemPage() {
  const id = Number(useParams().id);
  const user = useUser();
  const may = useMay();
  const { data, error, reload } = useLoad(`ledger-item:${id}`, () => ledgerApi.item(id));
  if (error !== null && !data) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Card loading />;
  const { item } = data;
  const leadCodes = item.lead.flatMap((unit) => (unit.code ? [unit.code] : []));
  const coCodes = item.co.flatMap((unit) => (unit.code ? [unit.code] : []));
  const isLead = user.unitCode !== null && leadCodes.includes(user.unitCode);
  const isCo = user.unitCode !== null && coCodes.includes(user.unitCode);
  const isOffice = may('ledger.write');
  const canReport =
    (isLead || isCo) && !item.removed && item.state !== 'closed' && item.state !== 'paused';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/ledger">台账</Link> },
          { title: <Link to={`/ledger/${data.ledger.id}`}>{data.ledger.title}</Link> },
          { title: `${item.ref} ${item.title}` },
        ]}
      />
      {item.removed && (
        <Alert
          type="warning"
          showIcon
          title="该任务已不在方案的最新修订中；事项及其记录保留备查。"
        />
      )}
      {item.stateReason && (
        <Alert
          type={item.state === 'paused' ? 'info' : 'warning'}
          showIcon
          title={
            item.state === 'paused'
              ? `暂缓：${item.stateReason}（预计 ${item.resumeOn ?? '—'} 恢复）`
              : `销号申请被退回：${item.stateReason}`
          }
        />
      )}
      <Card
        title={
          <Space>
            <span>
              {item.ref} {item.title}
            </span>
            <Tag color={stateColors[item.state]} data-testid="item-state">
              {itemStateNames[item.state]}
            </Tag>
          </Space>
        }
        extra={
          <ItemDecisions
            item={item}
            isLead={isLead}
            isOffice={isOffice}
            hasEvidence={data.files.length > 0}
            onDone={reload}
          />
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="牵头单位">{unitNames(item.lead)}</Descriptions.Item>
          <Descriptions.Item label="配合单位">{unitNames(item.co)}</Descriptions.Item>
          <Descriptions.Item label="完成时限">
            <DueCell item={item} />
          </Descriptions.Item>
          <Descriptions.Item label="完成进度">
            <Progress percent={item.percent} size="small" style={{ width: 160 }} />
          </Descriptions.Item>
          {item.section.length > 0 && (
            <Descriptions.Item label="分类" span={2}>
              {item.section.join(' / ')}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph style={{ marginTop: 12, background: '#fafafa', padding: 12 }}>
          {item.text}
        </Typography.Paragraph>
        {data.ledger.planId !== null && item.line !== null && (
          <Link to={`/plans/${data.ledger.planId}?line=${item.line}`}>
            方案原文第 {item.line} 行
          </Link>
        )}
      </Card>
      <NoticesCard
        itemId={item.id}
        notices={data.notices}
        isLead={isLead}
        isOffice={isOffice}
        open={!item.removed && item.state !== 'closed'}
        onDone={reload}
      />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title="进展报送">
            {canReport && (
              <ReportForm
                itemId={item.id}
                lead={isLead}
                periodLabel={data.period?.label ?? null}
                onDone={reload}
              />
            )}
            <List
              dataSource={data.reports}
              locale={{ emptyText: <Empty description="还没有报送" /> }}
              renderItem={(report) => <ReportCard report={report} detail={data} />}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="办理记录">
            <Timeline
              items={[...data.events].reverse().map((event) => ({
                key: event.id,
                children: (
                  <Space direction="vertical" size={0}>
                    <span>{event.note}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {event.actorName ?? '系统'} · {time(event.at)}
                    </Typography.Text>
                  </Space>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
