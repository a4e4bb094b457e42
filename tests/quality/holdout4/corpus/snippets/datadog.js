'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer 74c6130cb9196caf8df7390686acf84d' } });
const ddAppKey = 'e0f2d6eb53160a2b1d481cb33f95ee9c49216b57';
};
const ddSite = 'datadoghq.eu';
const ddClientToken = 'puba95f957273d4d4e45c5f6806741f132d';
const datadogApiKey = process.env.DATADOG_API_KEY;
