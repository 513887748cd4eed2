import type { MessageRow } from './tables.ts';

/** A way of delivering messages: the log file (default) or GOV.UK Notify. */
export interface MessageProvider {
  readonly name: 'log-file' | 'govuk-notify';
  /** Where messages go, for an operator (never a secret). */
  describe(): string;
  /** Sends one message with its id as the reference; returns the provider's id for it. */
  send(m: MessageRow): Promise<{ providerId: string }>;
  /**
   * After a crash mid-send: whether this message already reached the provider (looked up by its
   * reference, the message id), so it is marked sent and never sent twice.
   */
  findSent(m: MessageRow): Promise<{ providerId: string } | null>;
}

/** A refusal that retrying cannot fix (a bad number, no template): the message is marked failed at once. */
export class PermanentSendFailure extends Error {}
