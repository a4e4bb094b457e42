const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: 'pat-na2-071c67c4-65a9-4dd8-addf-a8e39adffa3a' });
const PORTAL_ID = '20148922';

module.exports = { client, PORTAL_ID };
