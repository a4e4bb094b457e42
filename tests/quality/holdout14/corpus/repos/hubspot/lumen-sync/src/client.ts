import { Client } from '@hubspot/api-client';

// private app "lumen sync" (contacts read/write)
const hubspot = new Client({ accessToken: 'pat-na1-199d8222-499d-4d7c-a305-92ae81440d2b' });
const PORTAL = 13207512;
const SIGNUP_FORM = 'ed9f5965-25fd-453a-ba50-2b1f9abe1952';

export async function upsert(email: string) {
  return hubspot.crm.contacts.basicApi.create({ properties: { email } });
}
export const formEmbed = { portalId: String(PORTAL), formId: SIGNUP_FORM, region: 'eu1' };
