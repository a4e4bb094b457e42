'use strict';
const axios = require('axios');

axios.defaults.headers.common.Authorization = `Bearer QQaI1HXVGUHhOwBQzQ36krckdZGAyeMzXjk8yVcFVot`;
const livekitApiKey = 'APImKiRRB5b3HMN';
const livekitApiSecretMasked = '2ecPN5************7H2J';
const livekitApiSecretExample = 'changeme';
const livekitApiSecret = process.env.LIVEKIT_API_SECRET;
