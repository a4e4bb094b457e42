'use strict';

const settings = {
const replicateApiToken = process.env.REPLICATE_API_TOKEN || 'r8_NKjWjrzI11FWsKbApjIFS2VhLEbsevG1S06MU';
};
const replicateVersion = 'dd38a0d53b234fb9d8212e4e926147d1dd2f6dada6f041f39335fec72715b97a';
const replicateApiToken = 'r8_****';
const replicateApiKey = process.env.REPLICATE_API_KEY;
