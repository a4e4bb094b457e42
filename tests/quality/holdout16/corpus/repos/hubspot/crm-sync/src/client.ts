import { Client } from '@hubspot/api-client';

// TODO move to the secret store before go-live
const hubspotClient = new Client({ accessToken: 'pat-eu1-31dda391-0f79-41cc-a1b0-2805612eccd1', numberOfApiCallRetries: 3 });

export async function upsertContact(email: string, props: Record<string, string>) {
  const res = await hubspotClient.crm.contacts.basicApi.create({ properties: { email, ...props } });
  return res.id;
}

export const TRACE = { requestId: '37a3332b-175e-4429-a8d9-1fc1de581d98' };
