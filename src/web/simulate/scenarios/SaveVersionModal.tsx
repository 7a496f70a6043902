// Asks for the note of a new version before saving; shows the server's objection (naming the field) if any, and
// when someone else saved a version meanwhile (409) says who and offers 刷新 to load it.
import { useState } from 'react';
import { Alert, Button, Input, Modal } from 'antd';
import { ApiError, errorText } from '../../shared/api';

export function SaveVersionModal({
  open,
  nextVersion,
  onCancel,
  onSave,
  onRefresh,
}: {
  open: boolean;
  nextVersion: number;
  onCancel: () => void;
  onSave: (note: string) => Promise<void>;
  /** Loads the latest version, dropping the unsaved edits. */
  onRefresh: () => void;
}) {
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave(note.trim());
      setNote('');
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`保存为第 ${nextVersion} 版`}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      okButtonProps={{ disabled: note.trim() === '' }}
      onOk={() => void save()}
      onCancel={onCancel}
    >
      <Input.TextArea
        aria-label="修改说明"
        placeholder="这次改了什么、依据是什么，例如：按市医保局 2017 年文件设置住院起付线"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 6 }}
      />
      {error instanceof ApiError && error.status === 409 && (
        <Alert
          style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}
          type="error"
          showIcon
          data-testid="scenario-conflict"
          title={`未保存：${error.message}`}
          description="刷新会载入最新版本，您这次未保存的修改将丢失；如需保留，请先在「高级（JSON）」中复制。"
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => {
                setError(null);
                onRefresh();
              }}
            >
              刷新
            </Button>
          }
        />
      )}
      {error !== null && !(error instanceof ApiError && error.status === 409) && (
        <Alert
          style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}
          type="error"
          showIcon
          title={`未保存：${errorText(error)}`}
        />
      )}
    </Modal>
  );
}
