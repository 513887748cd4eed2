import { NotifyClient } from 'notifications-node-client';
import type { MessageProvider } from './provider.ts';
import { PermanentSendFailure } from './provider.ts';
import type { MessageRow } from './tables.ts';

/** GOV.UK Notify settings from the environment (docs/messaging.md); null when no API key is set. */
export interface NotifySettings {
  apiKey: string;
  baseUrl: string;
  templates: { sms: string | null; email: string | null; letter: string | null };
}

export const NOTIFY_PRODUCTION_URL = 'https://api.notifications.service.gov.uk';

export function notifySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): NotifySettings | null {
  if (!env.COMMONS_NOTIFY_API_KEY) return null;
  return {
    apiKey: env.COMMONS_NOTIFY_API_KEY,
    baseUrl: env.COMMONS_NOTIFY_BASE_URL || NOTIFY_PRODUCTION_URL,
    templates: { sms: env.COMMONS_NOTIFY_SMS_TEMPLATE_ID || null, email: env.COMMONS_NOTIFY_EMAIL_TEMPLATE_ID || null, letter: env.COMMONS_NOTIFY_LETTER_TEMPLATE_ID || null },
  };
}

interface HttpError { response?: { status?: number; data?: { errors?: { message?: string }[] } }; message?: string }

/** 4xx other than 429 is the request's fault (bad number, unknown template, trial-mode recipient): do not retry. */
function rethrow(e: unknown): never {
  const err = e as HttpError;
  const status = err.response?.status;
  const detail = err.response?.data?.errors?.map((x) => x.message).join('; ') || err.message || 'GOV.UK Notify refused the message';
  if (status && status >= 400 && status < 500 && status !== 429) throw new PermanentSendFailure(`GOV.UK Notify ${status}: ${detail}`);
  throw new Error(`GOV.UK Notify ${status ?? 'unreachable'}: ${detail}`);
}

/** A letter's address: the recipient's comma-separated lines, the postcode last (Notify needs at least three lines). */
function addressLines(recipient: string | null): Record<string, string> {
  const lines = (recipient ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return Object.fromEntries(lines.slice(0, 7).map((l, i) => [`address_line_${i + 1}`, l]));
}

/**
 * GOV.UK Notify through its official client. The outbox keeps the template id, the personalisation
 * and the reference (the message id); Notify's delivery receipts come back to the callback route.
 */
export class NotifyProvider implements MessageProvider {
  readonly name = 'govuk-notify' as const;
  private readonly client: NotifyClient;
  constructor(private readonly settings: NotifySettings) {
    this.client = new NotifyClient(settings.baseUrl, settings.apiKey);
  }

  describe() {
    return `govuk-notify (${this.settings.baseUrl})`;
  }

  async send(m: MessageRow) {
    const templateId = m.notify_template_id ?? this.settings.templates[m.channel];
    if (!templateId) throw new PermanentSendFailure(`No GOV.UK Notify template is configured for ${m.channel} (COMMONS_NOTIFY_${m.channel.toUpperCase()}_TEMPLATE_ID).`);
    if (!m.recipient) throw new PermanentSendFailure('The patient has no contact details for this channel.');
    const personalisation: Record<string, string> = { body: m.body, ...(m.personalisation ?? {}) };
    try {
      const res = m.channel === 'sms' ? await this.client.sendSms(templateId, m.recipient, { personalisation, reference: m.id })
        : m.channel === 'email' ? await this.client.sendEmail(templateId, m.recipient, { personalisation, reference: m.id })
          : await this.client.sendLetter(templateId, { personalisation: { ...personalisation, ...addressLines(m.recipient) }, reference: m.id });
      return { providerId: res.data.id };
    } catch (e) {
      if (e instanceof PermanentSendFailure) throw e;
      rethrow(e);
    }
  }

  async findSent(m: MessageRow) {
    try {
      const res = await this.client.getNotifications(undefined, undefined, m.id);
      const found = (res.data as { notifications?: { id: string }[] }).notifications?.[0];
      return found ? { providerId: found.id } : null;
    } catch (e) {
      rethrow(e);
    }
  }
}
