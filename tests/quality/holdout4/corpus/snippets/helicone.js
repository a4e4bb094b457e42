'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer sk-helicone-5bivjw5-t1w7sp1-jfj83n1-huzwltq' } });
};
const heliconeBaseUrl = 'https://oai.helicone.ai/v1';
const heliconeApiKey = 'sk-helicone-xxxxxxx';
const heliconeApiKey = process.env.HELICONE_API_KEY;
