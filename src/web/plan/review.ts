// What every tab of the review page receives: the plan, whether the user may edit, and the page's actions.
import type { MouseEvent } from 'react';
import type { SourceRef } from '../../core/plan/types';
import type { Correction } from '../../core/plan/corrections';
import type { PlanDetail } from './model';

export interface ReviewTabProps {
  detail: PlanDetail;
  canEdit: boolean;
  busy: boolean;
  correct(correction: Correction, doneText: string): Promise<boolean>;
  /** Scroll the document to these lines and highlight them; `itemId` marks the row that asked. */
  locate(lines: number[], itemId: string): void;
  /** The row whose lines are highlighted now. */
  activeId: string | null;
}

/** All line numbers of a source span. */
export function spanLines(source: SourceRef): number[] {
  const end = source.endLine ?? source.line;
  const lines: number[] = [];
  for (let line = source.line; line <= end; line += 1) lines.push(line);
  return lines;
}

/** Table row props: click anywhere on the row to show its lines; the active row is tinted. */
export function locatableRow(itemId: string, lines: number[], props: ReviewTabProps) {
  return {
    className: props.activeId === itemId ? 'clickable-row row-active' : 'clickable-row',
    onClick: (event: MouseEvent) => {
      if (
        (event.target as HTMLElement).closest(
          'button, a, .ant-checkbox-wrapper, .ant-table-selection-column',
        )
      )
        return;
      props.locate(lines, itemId);
    },
  };
}
