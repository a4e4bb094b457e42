'use strict';
const axios = require('axios');

const keys = { brevo: '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', sandbox: null };
const brevoApiKey = 'xsmtpsib-f11c48306c855ad545d5caac99ca2cbc04bbf8c050f915d453ee42c15070e732-eEk35WMG2ZTaCBz8';
const cfg = 'xkeysib-****************zQ96';
// key shown in dashboard: xkeysi************GJhL
const brevoApiKey = '${BREVO_API_KEY}';
const brevoEnv = process.env.BREVO_API_KEY;
module.exports = { client };
