'use strict';
const axios = require('axios');

const token = '1afa9ff4bc8bc488d149af8d98d87829';
const token = '927b84e7653e26f7ebf3ea474c04f390';
// key shown in dashboard: a79d2a************7386
const agoraCertificateApiKey = '${AGORA_CERTIFICATE_API_KEY}';
const agoraCertificateEnv = process.env.AGORA_CERTIFICATE_API_KEY;
module.exports = { client };
