// State of one plan under review: load it (a chosen revision or the one to work on), send corrections and actions
// with the version they were based on, keep the latest PlanDetail; a 409 (someone changed it) stays on screen.
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { ApiError, errorText } from '../shared/api';
import { planApi } from './api';
import type { Correction } from '../../core/plan/corrections';
import type { PlanDetail } from './model';

/** An action on the plan as loaded: it receives the version the page holds. */
export type PlanAction = (version: number) => Promise<PlanDetail>;

export interface PlanReview {
  detail: PlanDetail | null;
  loadError: unknown;
  busy: boolean;
  /** The server refused an edit because the plan changed or its state did not allow it (409): its words. */
  conflict: string | null;
  reload(): void;
  /**
   * Sends a correction; resolves true when the dialog that sent it may close: the server accepted it, or refused it
   * because the plan changed meanwhile (409 — the page then shows who changed what, with 刷新).
   */
  correct(correction: Correction, doneText: string): Promise<boolean>;
  /** Runs an action that answers with the new PlanDetail; resolves the detail, or null after showing the error. */
  act(action: PlanAction, doneText: string): Promise<PlanDetail | null>;
}

export function usePlanReview(id: string, revision?: number): PlanReview {
  const { message } = App.useApp();
  const [detail, setDetail] = useState<PlanDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    planApi
      .get(id, revision)
      .then((answer) => {
        if (cancelled) return;
        setDetail(answer);
        setLoadError(null);
        setConflict(null);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(error);
      });
    return () => {
      cancelled = true;
    };
  }, [id, revision, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  const version = detail?.version ?? 0;

  /** Runs an action; answers the new detail, 'conflict' after a 409 (shown on the page), null after another error. */
  const run = useCallback(
    async (action: PlanAction, doneText: string): Promise<PlanDetail | 'conflict' | null> => {
      setBusy(true);
      try {
        const answer = await action(version);
        setDetail(answer);
        setConflict(null);
        message.success(doneText);
        return answer;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          setConflict(error.message);
          return 'conflict';
        }
        message.error({ content: errorText(error), duration: 8 });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [message, version],
  );

  const act = useCallback(
    async (action: PlanAction, doneText: string) => {
      const answer = await run(action, doneText);
      return answer === 'conflict' ? null : answer;
    },
    [run],
  );

  const correct = useCallback(
    async (correction: Correction, doneText: string) =>
      (await run((base) => planApi.correct(id, base, correction), doneText)) !== null,
    [run, id],
  );

  return { detail, loadError, busy, conflict, reload, correct, act };
}
