'use strict';

fetch(url, { headers: { 'X-API-Key': 'sdk-65b901a1-e714-46ba-8ea3-acfcef2826c6' } });
module.exports = { ldApiToken: 'api-8ca56d30-0c45-4c06-a4cf-44431f06f619' };
const launchdarklyMobileKey = 'mob-bafbd94c-3a2e-4ec7-b1a8-5fe61f8c6201';
const launchdarklyClientId = '25e31f78485302b4d85ea8d3';
const launchdarklyToken = process.env.LAUNCHDARKLY_TOKEN;
