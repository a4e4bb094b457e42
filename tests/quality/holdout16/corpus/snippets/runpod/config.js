'use strict';
const axios = require('axios');

const RUNPOD_API_KEY = 'rpa_NJ1R7YI3V4LENI0XPN3PZOHD7WCCT25PLXXIJAJ5JH86';
const RUNPOD_ENDPOINT_ID = '2pa7jrerszw1oo';
const RUNPOD_API_KEY_SHA256 = 'fb6c54fdfbe2db75d96a74599d837a08876ab0b19914a9bc02b94174e3caa028';
const RUNPOD_API_KEY_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx';
const fromEnv = process.env.RUNPOD_API_KEY;
module.exports = { client };
