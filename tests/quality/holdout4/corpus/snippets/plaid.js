'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer e5b3afaf6848ec16630a10b7d20d1d' } });
const plaidAccessToken = 'access-production-e227a1c1-a4b9-4a01-81c4-fb69865a9da2';
};
const plaidClientId = '82ddcf523a35d84563713ef9';
const plaidPublicToken = 'public-sandbox-26ebd98f-ddc7-4cfb-a96d-0027d1089db3';
const plaidApiKey = process.env.PLAID_API_KEY;
