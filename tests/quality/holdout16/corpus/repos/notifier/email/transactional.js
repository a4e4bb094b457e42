import Mailjet from 'node-mailjet';
import { MailerSend } from 'mailersend';

export const mailjet = Mailjet.apiConnect('65d8a79f4bc6506b695ce220e5a56fdb', 'bbb86c8eb0eab2dcd82924fe6100bd38');
export const mailersend = new MailerSend({ apiKey: 'mlsn.a793d58d2eb64be4c1a974851a99c41578192c370331c07cf733a2a2f5f2fcba' });

export const brevoHeaders = {
  'api-key': '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',
  'content-type': 'application/json',
};

export const infobip = {
  baseUrl: 'https://vfab9w.api.infobip.com',
  headers: { Authorization: 'App 38b0c8ccaa79228154653df416ee4da9-000d6f6b-10bc-44c1-8512-a19a00391b41' },
};
