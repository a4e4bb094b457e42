import { init, track } from '@amplitude/analytics-node';

init('acb3a20c93345eb80b5f38426b3af4cc');

export async function exportDay(day: string) {
  const auth = Buffer.from('df57adfa59ef74d30551fac46544f6c9:f696ffe9f7b1ef9e78b75bb4d29b8206').toString('base64');
  const res = await fetch(`https://analytics.eu.amplitude.com/api/2/export?start=${day}T00&end=${day}T23`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  track('export_run', { day });
  return res.arrayBuffer();
}

export const customerio = { siteId: '12689176dc3cf9c70845', appKey: 'df579f108ae8a9e62878f3210edb70df' };
