'use strict';

fetch(url, { headers: { 'X-API-Key': '1823e2105b65d1579ca4e94a413168e4' } });
module.exports = { customerioApiKey: '95fd57dd90ed62ca6a91' };
const customerioSiteId = '04dc56ca0dbbe8fee801';
const customerioRegion = 'eu';
const customerioToken = process.env.CUSTOMERIO_TOKEN;
