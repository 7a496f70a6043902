// State of one plan under review: load it, send corrections and actions, keep the latest PlanDetail.
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { errorText } from '../shared/api';
import { planApi } from './api';
import type { Correction } from '../../core/plan/corrections';
import type { PlanDetail } from './model';

export interface PlanReview {
  detail: PlanDetail | null;
  loadError: unknown;
  busy: boolean;
  reload(): void;
  /** Sends a correction; resolves true when the server accepted it. */
  correct(correction: Correction, doneText: string): Promise<boolean>;
  /** Runs an action that answers with the new PlanDetail; resolves the detail, or null after showing the error. */
  act(action: () => Promise<PlanDetail>, doneText: string): Promise<PlanDetail | null>;
}

export function usePlanReview(id: string): PlanReview {
  const { message } = App.useApp();
  const [detail, setDetail] = useState<PlanDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    planApi
      .get(id)
      .then((answer) => {
        if (cancelled) return;
        setDetail(answer);
        setLoadError(null);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(error);
      });
    return () => {
      cancelled = true;
    };
  }, [id, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);

  const act = useCallback(
    async (action: () => Promise<PlanDetail>, doneText: string) => {
      setBusy(true);
      try {
        const answer = await action();
        setDetail(answer);
        message.success(doneText);
        return answer;
      } catch (error) {
        message.error({ content: errorText(error), duration: 8 });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );

  const correct = useCallback(
    async (correction: Correction, doneText: string) =>
      (await act(() => planApi.correct(id, correction), doneText)) !== null,
    [act, id],
  );

  return { detail, loadError, busy, reload, correct, act };
}
