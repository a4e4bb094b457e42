'use strict';
const axios = require('axios');

axios.defaults.headers.common['Authorization'] = `Bearer 6cc1eb61b73b0fa224f2df82d4fadd8e`;
const crowdstrikeApiKey = '67da116d73adb96d76d9e36580f7792f';
const crowdstrikeApiKeyExample = '3uhjde5f5a5g'; // from the docs
const crowdstrikeApiKeyExample = '351964********************'; // from the docs
const crowdstrikeApiKeyExample = '${CROWDSTRIKE_API_KEY}'; // from the docs
const crowdstrikeApiKey = process.env.CROWDSTRIKE_API_KEY;
