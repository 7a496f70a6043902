// The one error type for problems a user can fix; the server maps `status` to HTTP, the CLI prints the message.

export type ErrorKind =
  'bad-input' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'too-large' | 'too-many';

const statusOf: Record<ErrorKind, number> = {
  'bad-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'too-many': 429,
};

export interface UserErrorDetails {
  /** The file, field or column the user wrote, e.g. "bills.csv" or "lead". */
  where?: string;
  /** 1-based line of the input, when known. */
  line?: number;
  /** The technical text behind the message (a library's own words), for whoever investigates; never the message. */
  detail?: string;
}

/** An error whose message is written for the user (in Chinese) and says what to do. */
export class UserError extends Error {
  readonly kind: ErrorKind;
  readonly details: UserErrorDetails;

  constructor(kind: ErrorKind, message: string, details: UserErrorDetails = {}) {
    super(message);
    this.name = 'UserError';
    this.kind = kind;
    this.details = details;
  }

  get status(): number {
    return statusOf[this.kind];
  }
}

export const badInput = (message: string, details?: UserErrorDetails) =>
  new UserError('bad-input', message, details);
export const notFound = (message: string) => new UserError('not-found', message);
export const forbidden = (message: string) => new UserError('forbidden', message);
export const unauthorized = (message: string) => new UserError('unauthorized', message);
export const conflict = (message: string) => new UserError('conflict', message);
/** A file or a request past one of the limits in quotas.ts; the message names the limit. */
export const tooLarge = (message: string, details?: UserErrorDetails) =>
  new UserError('too-large', message, details);
/** More work than a user may have at once; the message says when to try again. */
export const tooMany = (message: string) => new UserError('too-many', message);
