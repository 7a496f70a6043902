// 批量分组: upload a case file (CSV or .xlsx, Chinese headers or the CLI's columns; templates to download),
// watch the progress, receive the result workbook as a download, and see the counts by status and by MDC.
import { useState } from 'react';
import { Alert, Button, Checkbox, Col, Row, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { FileDrop } from '../../shared/FileDrop';
import { CASE_TEMPLATES, TemplateLinks } from '../common/TemplateLinks';
import { drgApi, saveBlob, type FileAnswer } from './api';
import { useDrgContext } from './DrgArea';
import { STATUS_COLORS } from './labels';
import { StatusPie } from './StatusPie';

const HINT =
  'CSV（UTF-8 或 GBK）或 Excel .xlsx，表头为中文（病案号、性别、年龄、日龄、出生体重（克）、科室、住院天数、离院方式、诊断编码、手术及操作编码）' +
  '或英文列名（Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS）。' +
  '诊断、手术列表用 | 分隔，第一个为主要诊断、主要手术。分组结果以 Excel 下载，文件不在服务器保存。';

export function BatchGroupPage() {
  const { scheme, schemes } = useDrgContext();
  const [answer, setAnswer] = useState<FileAnswer | null>(null);
  const [strict, setStrict] = useState(false);
  const schemeName = schemes.find((item) => item.code === scheme)?.name ?? scheme;

  return (
    <div>
      <Checkbox
        checked={strict}
        onChange={(event) => setStrict(event.target.checked)}
        style={{ marginBottom: 8 }}
      >
        严格校验（编码不在目录中、主诊断与性别或年龄不符的病案判为信息校验不通过，不分组）
      </Checkbox>
      <FileDrop
        accepted={['.csv', '.txt', '.xlsx']}
        wrongKind={(name) =>
          `「${name}」不是可分组的格式。请上传 CSV（.csv/.txt）或 Excel（.xlsx）文件。`
        }
        text={`把病案文件拖到这里，或点击选择文件（按「${schemeName}」分组）`}
        hint={HINT}
        failure="分组失败"
        processing={(name) => `已上传「${name}」，正在分组并生成 Excel…`}
        send={async (file, onProgress) => {
          setAnswer(null);
          const result = await drgApi.groupFile(file, scheme, onProgress, strict);
          setAnswer(result);
          saveBlob(result.blob, result.fileName);
        }}
      />
      <TemplateLinks title="下载病案文件模板" links={CASE_TEMPLATES} />
      {answer && (
        <div data-testid="batch-result" style={{ marginTop: 16 }}>
          <Alert
            type="success"
            showIcon
            title={`已分组 ${answer.summary.total} 例，结果已下载为「${answer.fileName}」。`}
            action={
              <Button
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => saveBlob(answer.blob, answer.fileName)}
              >
                再次下载
              </Button>
            }
          />
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <StatusPie summary={answer.summary} />
              <div style={{ textAlign: 'center' }} data-testid="status-counts">
                {answer.summary.byStatus.map((item) => (
                  <Tag key={item.status} color={STATUS_COLORS[item.status]}>
                    {item.status} {item.count} 例
                  </Tag>
                ))}
                {answer.summary.qualityWarnings > 0 && (
                  <Tag
                    color="gold"
                    title="编码不在目录中或主诊断与性别、年龄不符，仍照常分组；原因见结果表"
                  >
                    数据质量提示 {answer.summary.qualityWarnings} 例
                  </Tag>
                )}
              </div>
            </Col>
            <Col xs={24} lg={12}>
              <Typography.Title level={5}>按 MDC</Typography.Title>
              <Table
                size="small"
                rowKey="mdc"
                dataSource={answer.summary.byMdc}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                columns={[
                  { title: 'MDC', dataIndex: 'mdc', width: 80 },
                  { title: '名称', dataIndex: 'name' },
                  { title: '病案数', dataIndex: 'count', width: 80, align: 'right' },
                ]}
              />
            </Col>
          </Row>
        </div>
      )}
    </div>
  );
}
