import { Client } from '@hubspot/api-client';

// TODO move to the secret store before launch
const hubspot = new Client({ accessToken: 'pat-eu1-50d9fada-0add-4413-866c-7e2fa12834a8' });

export async function upsertContact(email: string, props: Record<string, string>) {
  const requestId = '40343ad1-ddcb-4ed5-8080-45325f237dc9';
  return hubspot.crm.contacts.basicApi.create({ properties: { email, ...props } }, { headers: { 'x-request-id': requestId } });
}
