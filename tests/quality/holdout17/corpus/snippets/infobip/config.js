'use strict';

const INFOBIP_API_KEY = 'ba5a38a01b0e8f16982f04cfc5684361-9aa15d29-8cf2-4778-a91f-cf7de2e67fa6';
const INFOBIP_BASE_URL = 'b71dvk.api.infobip.com';
const INFOBIP_API_KEY_SHA256 = '1b8835ba12a50aeb5e9a9009672f258df649189480c9cb14d39ba90ce4c51abf';
const INFOBIP_API_KEY_EXAMPLE = '****************';
const fromEnv = process.env.INFOBIP_API_KEY;
module.exports = config;
