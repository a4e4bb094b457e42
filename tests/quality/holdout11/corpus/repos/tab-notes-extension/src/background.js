const SYNC_URL = 'https://api.notion.com/v1/pages';
const NOTION = 'secret_w6R6uLW2zqFhnRJiZRfdmEl8rsuKsuoEOArx2VAfpae';
const PROMPTLAYER = 'pl_243c1b1f0589537c780b2e0aa893e410';
const EXT_UUID = '6eabf29f-ba61-4af1-9b37-d1c7e3263bd4';

chrome.runtime.onMessage.addListener(async (msg) => {
  await fetch(SYNC_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${NOTION}`, 'Notion-Version': '2022-06-28' },
    body: JSON.stringify(msg),
  });
});
chrome.storage.local.set({ togetherKey: 'tgp_v1_djEoFvYp2ZADaDPmngcuN0uyQ0LWqI0_1COvEUJ3Uur', mixpanel: '20a0b25932a3ffe2ad353c83caa06e42' });
