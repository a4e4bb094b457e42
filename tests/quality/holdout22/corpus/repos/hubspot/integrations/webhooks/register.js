const hubspot = require('@hubspot/api-client');

const dev = new hubspot.Client({ developerApiKey: 'eu1-7535-da6c-fb88-d150-e38965bca012' });
// old token (revoked 2026-09): pat-na1-********-****-****-****-********d4cd
const crm = new hubspot.Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });
module.exports = { dev, crm, appId: 5380047 };
