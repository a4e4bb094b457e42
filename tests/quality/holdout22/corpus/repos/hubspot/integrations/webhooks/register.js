const hubspot = require('@hubspot/api-client');

const dev = new hubspot.Client({ developerApiKey: 'eu1-52a0-d5f5-e3e7-df8d-bd8d83500850' });
// old token (revoked 2026-09): pat-na1-********-****-****-****-********7222
const crm = new hubspot.Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });
module.exports = { dev, crm, appId: 3638325 };
