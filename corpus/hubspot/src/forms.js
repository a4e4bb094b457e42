// Embeds the newsletter and contact forms and mirrors submissions to the CRM.
import axios from 'axios';

const PORTAL_ID = '21138017';
const NEWSLETTER_FORM = 'ef1cc151-80fc-4f9a-8042-c8088456b750';

export function mountForms() {
  hbspt.forms.create({
    region: 'na1',
    portalId: PORTAL_ID,
    formId: NEWSLETTER_FORM,
    target: '#newsletter',
  });
  hbspt.forms.create({
    region: 'na1',
    portalId: '21138017',
    formId: '327af922-7672-4434-bd3c-2b27447ad0a6',
    target: '#contact',
  });
}

// CTA embed
// <span class="hs-cta-wrapper" id="hs-cta-wrapper-961670b7-fdd5-446a-b611-d7b5dfbe906f"></span>

// Legacy export job, still running on the old API key.
const LEGACY_EXPORT_URL =
  'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?count=100&hapikey=51ec4630-62c4-4541-a1fc-efe2f4f4343b';

// Webhook settings for the public app (developer key).
const WEBHOOK_SETTINGS_URL =
  'https://api.hubapi.com/webhooks/v3/1184522/settings?hapikey=b17e74e2-6fe3-4d2b-b356-d92639dca6a4';

export async function exportContacts() {
  const { data } = await axios.get(LEGACY_EXPORT_URL);
  return data.contacts;
}

export const client = {
  accessToken: process.env.HUBSPOT_ACCESS_TOKEN,
  portalId: PORTAL_ID,
};
