import { Client } from '@hubspot/api-client';

const hubspot = new Client();
export async function refresh(refreshToken: string) {
  return hubspot.oauth.tokensApi.create(
    'refresh_token', undefined, undefined,
    '11f05e37-9ea7-4042-8b2f-8c96b521d59b',
    'bbb4b827-32d6-4ddf-af07-c82205e21437',
    refreshToken,
  );
}
export const ops = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN ?? 'pat-na2-ba356c6f-ca05-44bb-8312-ff3643ad604c' });
