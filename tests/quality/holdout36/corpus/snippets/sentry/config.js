'use strict';

const sentryAuthToken = process.env.SENTRY_AUTH_TOKEN || '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';
const sentryDsn = process.env.SENTRY_DSN || 'https://bc2b4055e1a8b4143cfb851cd3fd21cc@o589658.ingest.sentry.io/1824186';
// rotated 2026-05-15, old value (revoked): sntryu_3b6...

module.exports = {};
