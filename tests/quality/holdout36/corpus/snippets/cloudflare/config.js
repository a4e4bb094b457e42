'use strict';

const cloudflareApiToken = process.env.CLOUDFLARE_API_TOKEN || 'ajW3gYA-dqkgr0415i6nBAddw8AdhU2cUwhd9kUz';
const cloudflareZoneId = process.env.CLOUDFLARE_ZONE_ID || '1b140209aac317323e9df73c55c8a49c';
// rotated 2026-08-11, old value (revoked): ajW3gYA-dq...

module.exports = {};
