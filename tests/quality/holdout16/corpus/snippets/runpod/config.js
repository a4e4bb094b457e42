'use strict';
const axios = require('axios');

const RUNPOD_API_KEY = 'rpa_LCNJ1R7YI3V4LENI0XPN3PZOHD7WCCT25PLXXIJAJ5JH';
const RUNPOD_ENDPOINT_ID = '862pa7jrerszw1';
const RUNPOD_API_KEY_SHA256 = '5986d41873bff6b2718f7dd79d0dae37b6a9dea44fadc3a1d5e3184291643868';
const RUNPOD_API_KEY_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx';
const fromEnv = process.env.RUNPOD_API_KEY;
module.exports = { client };
