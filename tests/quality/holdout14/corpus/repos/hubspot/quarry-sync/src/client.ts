import { Client } from '@hubspot/api-client';

// private app "quarry sync" (contacts read/write)
const hubspot = new Client({ accessToken: 'pat-na1-c7585b82-44b0-4d96-a04d-1085e0b03b5e' });
const PORTAL = 39288914;
const SIGNUP_FORM = '6fbff31c-f4a4-448e-8223-423678e395c7';

export async function upsert(email: string) {
  return hubspot.crm.contacts.basicApi.create({ properties: { email } });
}
export const formEmbed = { portalId: String(PORTAL), formId: SIGNUP_FORM, region: 'eu1' };
