// What the main thread sends the file-reading worker and what it answers: one task, one reply.
import type { ErrorKind, UserErrorDetails } from '../core/shared/errors';
import type { WeightFileSettings } from './read-weight-table';

export type ReadTask =
  | { kind: 'plan-document'; bytes: Uint8Array; fileName: string }
  | { kind: 'drg-cases'; bytes: Uint8Array; fileName: string }
  | { kind: 'weight-table'; bytes: Uint8Array; fileName: string; settings: WeightFileSettings }
  | { kind: 'price-schedule'; bytes: Uint8Array; fileName: string };

export type ReadReply =
  | { ok: true; value: unknown }
  | { ok: false; userError: { kind: ErrorKind; message: string; details: UserErrorDetails } }
  | { ok: false; internal: string };
