// Catches a page that fails to render, so the user sees what happened and how to go on instead of a blank screen.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Button, Result } from 'antd';

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the address) clears a shown error. */
  resetKey: string;
}

interface State {
  error: Error | null;
  resetKey: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="页面显示出错"
        subTitle={`出错原因：${this.state.error.message}。请刷新页面重试；如果仍然出错，请把这段文字告诉系统管理员。`}
        extra={<Button onClick={() => window.location.reload()}>刷新页面</Button>}
      />
    );
  }
}
