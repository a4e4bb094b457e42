'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer e1caedb031f3a8e0f19e9ca85a6e3efa08b1f35e41135e489b343ca1fd487d8b' } });
};
const vtSampleSha256 = 'c9497c62cdea3c7749ea1601b8de0f184d9313865a6f8c60d18a702e8a465b97';
const vtApiKey = '$VT_API_KEY';
const vtApiKey = process.env.VT_API_KEY;
