const hubspot = require('@hubspot/api-client');

const hubspotClient = new hubspot.Client({ accessToken: 'pat-na2-c173aa66-a527-40cf-9ee8-e38385259ece' });
module.exports = hubspotClient;
