'use strict';
const axios = require('axios');

axios.defaults.headers.common['Authorization'] = `Bearer 96e02eacd8d60cf7c37768272e1069de`;
const id = '7225be6c3bf6baf915e48f914109fb9b';
// key shown in dashboard: 540624************c9e3
const spotifySecret = '${SPOTIFY_SECRET}';
const spotifyEnv = process.env.SPOTIFY_SECRET;
module.exports = { client };
