import { init, track } from '@amplitude/analytics-node';

init('93345eb80b5f38426b3af4ccdf57adfa');

export async function exportDay(day: string) {
  const auth = Buffer.from('59ef74d30551fac46544f6c9f696ffe9:f7b1ef9e78b75bb4d29b820612689176').toString('base64');
  const res = await fetch(`https://analytics.eu.amplitude.com/api/2/export?start=${day}T00&end=${day}T23`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  track('export_run', { day });
  return res.arrayBuffer();
}

export const customerio = { siteId: 'dc3cf9c70845df579f10', appKey: '8ae8a9e62878f3210edb70dfd8c9fdf6' };
