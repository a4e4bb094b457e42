import { Client } from '@hubspot/api-client';

// TODO move to the secret store before go-live
const hubspotClient = new Client({ accessToken: 'pat-eu1-22b31dda-3910-4797-bcc1-1b02805612ec', numberOfApiCallRetries: 3 });

export async function upsertContact(email: string, props: Record<string, string>) {
  const res = await hubspotClient.crm.contacts.basicApi.create({ properties: { email, ...props } });
  return res.id;
}

export const TRACE = { requestId: 'd1937a33-32b1-45e1-b292-8d91fc1de581' };
