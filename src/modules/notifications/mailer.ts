import nodemailer from 'nodemailer';

/** What the e-mail job sends through: nodemailer over SMTP, or a test's recorder. */
export interface MailTransport {
  send(message: { to: string; subject: string; text: string; html: string }): Promise<void>;
}

interface MailSettings {
  transport: MailTransport;
  from: string;
  /** The platform's public address, to make a notification's link absolute in an e-mail. */
  publicUrl: string | undefined;
}

let settings: MailSettings | null = null;

/**
 * E-mail is on when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS):
 * notifications are then also sent by e-mail; without it they are in-app only.
 */
export function configureMail(env: { smtpUrl?: string; from?: string; publicUrl?: string }): boolean {
  if (!env.smtpUrl) {
    settings = null;
    return false;
  }
  const smtp = nodemailer.createTransport(env.smtpUrl);
  const from = env.from ?? 'OCOP Connect <no-reply@ocop.local>';
  settings = {
    from,
    publicUrl: env.publicUrl,
    transport: { send: async (message) => void (await smtp.sendMail({ from, ...message })) },
  };
  return true;
}

/** For tests: a transport of their own, or null for in-app only. */
export function setMailTransport(transport: MailTransport | null, publicUrl?: string): void {
  settings = transport ? { transport, from: 'test@ocop.local', publicUrl } : null;
}

export const mailSettings = () => settings;
