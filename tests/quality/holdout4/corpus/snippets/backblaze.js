'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer K00XS8glGcCvvPoGMFvXLsOHtInGTbL' } });
};
const b2ApplicationKeyId = '0062e175c50502b687b3a407a';
const b2Bucket = 'acme-backups';
const b2ApiKey = process.env.B2_API_KEY;
