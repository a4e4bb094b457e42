const hubspot = require('@hubspot/api-client');
const fetch = require('node-fetch');

// 2021 integration, still deployed on the old box
const legacy = new hubspot.Client({ apiKey: 'ea3729a9-61aa-44bc-a5f8-a37413210ff1' });

const APP_ID = 7835745;
const WEBHOOK_SETTINGS = 'https://api.hubapi.com/webhooks/v3/' + APP_ID + '/settings?hapikey=28f89506-aaa0-4626-8a3d-e7fc655fb456';

async function recentDeals() {
  const r = await fetch('https://api.hubapi.com/deals/v1/deal/recent/modified?count=50&hapikey=e19a346f-1c9b-4310-b43f-75172ac6e61b');
  return r.json();
}

module.exports = { legacy, recentDeals, WEBHOOK_SETTINGS };
