import Mailjet from 'node-mailjet';
import { MailerSend } from 'mailersend';

export const mailjet = Mailjet.apiConnect('a65d8a79f4bc6506b695ce220e5a56fd', 'bbbb86c8eb0eab2dcd82924fe6100bd3');
export const mailersend = new MailerSend({ apiKey: 'mlsn.8a793d58d2eb64be4c1a974851a99c41578192c370331c07cf733a2a2f5f2fcb' });

export const brevoHeaders = {
  'api-key': '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',
  'content-type': 'application/json',
};

export const infobip = {
  baseUrl: 'https://hkwqvf.api.infobip.com',
  headers: { Authorization: 'App 00b38b0c8ccaa79228154653df416ee4-da9000d6-f6b1-4bcf-ac17-512a19a00391' },
};
