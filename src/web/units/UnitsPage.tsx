// 单位管理 for the reform office: the registry of units (office, departments, hospitals with level, type, sponsor
// and funding) in a table, a dialog to add or edit one, and the .xlsx import with its template.
import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { unitKindNames } from '../../core/shared/unit-registry';
import { errorText } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FileDrop } from '../shared/FileDrop';
import { useLoad } from '../shared/useLoad';
import { unitApi, UnitImportError, type Unit } from './api';
import { UnitEditModal } from './UnitEditModal';

const KIND_COLORS = {
  office: 'gold',
  department: 'blue',
  hospital: 'green',
  other: 'default',
} as const;

export function UnitsPage() {
  const { message } = App.useApp();
  const [round, setRound] = useState(0);
  const list = useLoad(`units:${round}`, () => unitApi.list());
  const [editing, setEditing] = useState<Unit | null | undefined>(undefined);
  const units = list.data ?? [];
  const nameOf = new Map(units.map((unit) => [unit.code, unit.name]));
  const reload = () => setRound((value) => value + 1);

  const columns: TableColumnsType<Unit> = [
    { title: '单位编码', dataIndex: 'code', width: 110 },
    { title: '单位名称', dataIndex: 'name' },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 80,
      filters: Object.entries(unitKindNames).map(([value, text]) => ({ value, text })),
      onFilter: (value, unit) => unit.kind === value,
      render: (kind: Unit['kind']) => <Tag color={KIND_COLORS[kind]}>{unitKindNames[kind]}</Tag>,
    },
    {
      title: '上级单位',
      dataIndex: 'parentCode',
      render: (code: string | null) => (code ? (nameOf.get(code) ?? code) : '—'),
    },
    { title: '级别', dataIndex: 'level', width: 64, render: (v: string | null) => v ?? '—' },
    { title: '类型', dataIndex: 'hospitalType', width: 64, render: (v: string | null) => v ?? '—' },
    { title: '举办主体', dataIndex: 'sponsor', width: 96, render: (v: string | null) => v ?? '—' },
    { title: '隶属关系', dataIndex: 'funding', width: 80, render: (v: string | null) => v ?? '—' },
    {
      title: '别名',
      dataIndex: 'aliases',
      render: (aliases: string[]) => (aliases.length > 0 ? aliases.join('、') : '—'),
    },
    {
      title: '操作',
      width: 72,
      render: (_, unit) => (
        <Button type="link" size="small" onClick={() => setEditing(unit)}>
          编辑
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="单位名录"
        size="small"
        extra={
          <Space>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void unitApi.template().catch((e: unknown) => message.error(errorText(e)))
              }
            >
              下载模板
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              新增单位
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          账号和各项数据都按单位编码归属；医院账号只能看到账单中医院编码与本单位编码相同的结果。
        </Typography.Paragraph>
        {list.error !== null && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <Table<Unit>
          rowKey="code"
          size="small"
          data-testid="units-table"
          loading={list.loading}
          columns={columns}
          dataSource={units}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
        />
      </Card>
      <Card title="从 Excel 导入" size="small">
        <FileDrop
          accepted={['.xlsx', '.csv']}
          wrongKind={(name) =>
            `「${name}」不是 .xlsx 或 CSV 文件。请用“下载模板”得到的表格填写后上传。`
          }
          text="把单位名录（.xlsx）拖到这里，或点击选择"
          hint="按列名读取：单位编码、单位名称、类别、上级单位、级别、类型、举办主体、隶属关系、别名。任何一处有误则整表不导入。"
          failure="单位名录未导入"
          details={(caught) =>
            caught instanceof UnitImportError ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="unit-import-errors">
                {caught.errors.map((error) => (
                  <li key={`${error.line}-${error.column}-${error.message}`}>
                    第 {error.line} 行 {error.column}：{error.message}
                  </li>
                ))}
              </ul>
            ) : null
          }
          send={async (file, onProgress) => {
            const result = await unitApi.importFile(file, onProgress);
            message.success(`已导入：新增 ${result.created} 个单位，更新 ${result.updated} 个`);
            reload();
          }}
        />
      </Card>
      {editing !== undefined && (
        <UnitEditModal
          key={editing?.code ?? '(new)'}
          open
          unit={editing ?? null}
          units={units}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            message.success(`已保存「${saved.name}」`);
            setEditing(undefined);
            reload();
          }}
        />
      )}
    </Space>
  );
}
