const hubspot = require('@hubspot/api-client');

const crm = new hubspot.Client({ accessToken: 'pat-eu1-e7449781-ed84-47d9-ba9a-c6a56bc10058' });
const dev = new hubspot.Client({ developerApiKey: '4a21915c-12c8-48f2-90f4-9b42203ab432' });

module.exports = { crm, dev };
