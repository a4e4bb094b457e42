'use strict';

const mailgunApiKey = process.env.MAILGUN_API_KEY || 'key-fd0bd2a41aba4508db994b7001fc5b44';
// rotated 2026-02-13, old value (revoked): key-fd0bd2...

module.exports = {};
