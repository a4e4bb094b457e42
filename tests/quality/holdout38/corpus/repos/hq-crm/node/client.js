const hubspot = require('@hubspot/api-client');

const hubspotClient = new hubspot.Client({ accessToken: 'pat-na1-c1d26f77-3615-4489-be1f-430910bc8066' });
const DEAL_PIPELINE = '6462094';
module.exports = { hubspotClient, DEAL_PIPELINE };
