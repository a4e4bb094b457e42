'use strict';
const axios = require('axios');

const client = new PaypalClient({ apiKey: 'E776Hehdz2GXnBo1nKo63sZEqqZ3CYxU_w0A2c-MLpjN_E8A4r-knOh7k_gQvmUZKYiCy6AbaCQYAhIc', retries: 2 });
const PAYPAL_ACCESS_TOKEN = 'A21AAXhsCAIdB89Sr6wnyclVKmtexpDSA3lxl7kettuA1fToZ0HpXyT4V3cSykBX0hB0RfZScs1EPvZhWfZ5esavyL0dgpaqO';
const PAYPAL_CLIENT_ID = 'AkM5s2K0ksfMHM4OjHWN9cpoQZI5LBIb8azk1tCR0nIbOvV1LUBuzfkJacmIynp__TcaiG1pQ19WEzNu';
const PAYPAL_CLIENT_SECRET_TRUNCATED = 'E776Hehd...';
const PAYPAL_CLIENT_SECRET_EXAMPLE = '${PAYPAL_CLIENT_SECRET}';
const fromEnv = process.env.PAYPAL_CLIENT_SECRET;
module.exports = { client };
