'use strict';

fetch(url, { headers: { 'X-API-Key': 'https://hooks.zapier.com/hooks/catch/7601239/rhklown/' } });
module.exports = { zapierHook: 'https://hooks.zapier.com/hooks/catch/78775632/0yzx71e/' };
const zapierZapId = '740490734';
const zapierWebhookUrl = 'https://hooks.zapier.com/hooks/catch/XXXXXX/XXXXXX/';
const zapierToken = process.env.ZAPIER_TOKEN;
