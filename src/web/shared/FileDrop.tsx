// Drag-and-drop upload of one file: checks its kind and that it is not empty, shows a progress bar while it goes
// up (then, if given, what the server is doing with it), and a closable alert when it fails — with, if given,
// the details of the failure (every wrong cell of a refused table, say) under its message.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Progress, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { errorText } from './api';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number; fileName: string }
  | { kind: 'processing'; fileName: string };

export function FileDrop({
  accepted,
  wrongKind,
  text,
  hint,
  failure,
  processing,
  disabled = false,
  details,
  send,
}: {
  /** Extensions, lower case with the dot. */
  accepted: string[];
  /** What to tell the user about a file of another kind. */
  wrongKind: (fileName: string) => string;
  text: ReactNode;
  hint: ReactNode;
  /** What went wrong, as in 「文件」导入失败：原因. */
  failure: string;
  /** The line under a full moving bar once the file is up, while the server works on it. */
  processing?: (fileName: string) => string;
  /** Kept disabled by the caller while it follows up on a file (a scan, say). */
  disabled?: boolean;
  /** What to show under the failure's message for what `send` threw (nothing when it returns null). */
  details?: (caught: unknown) => ReactNode;
  send: (file: File, onProgress: (percent: number) => void) => Promise<void>;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<{ message: string; details: ReactNode } | null>(null);
  const fail = (message: string, details: ReactNode = null) => setError({ message, details });

  const start = async (file: File) => {
    setError(null);
    const lower = file.name.toLowerCase();
    if (!accepted.some((extension) => lower.endsWith(extension))) {
      fail(wrongKind(file.name));
      return;
    }
    if (file.size === 0) {
      fail(`「${file.name}」是空文件，请检查后重新选择。`);
      return;
    }
    setPhase({ kind: 'uploading', percent: 0, fileName: file.name });
    try {
      await send(file, (percent) =>
        setPhase(
          percent >= 100 && processing !== undefined
            ? { kind: 'processing', fileName: file.name }
            : { kind: 'uploading', percent, fileName: file.name },
        ),
      );
    } catch (caught) {
      fail(`「${file.name}」${failure}：${errorText(caught)}`, details?.(caught));
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  return (
    <div>
      <Upload.Dragger
        accept={accepted.join(',')}
        multiple={false}
        showUploadList={false}
        disabled={disabled || phase.kind !== 'idle'}
        beforeUpload={(file) => {
          void start(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{text}</p>
        <p className="ant-upload-hint">{hint}</p>
      </Upload.Dragger>
      {phase.kind === 'uploading' && (
        <div style={{ marginTop: 12 }} data-testid="upload-progress">
          正在上传「{phase.fileName}」
          <Progress percent={phase.percent} status="active" />
        </div>
      )}
      {phase.kind === 'processing' && processing !== undefined && (
        <div style={{ marginTop: 12 }} data-testid="upload-processing">
          {processing(phase.fileName)}
          <Progress percent={100} status="active" showInfo={false} />
        </div>
      )}
      {error && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error.message}
          description={error.details}
          data-testid="upload-error"
        />
      )}
    </div>
  );
}
