'use strict';

const langfuseSecretKey = process.env.LANGFUSE_SECRET_KEY || 'sk-lf-0cd541c2-8042-4c11-b3eb-89f376a8e196';
const langfusePublicKey = process.env.LANGFUSE_PUBLIC_KEY || 'pk-lf-4aec23a4-2e19-4cab-96f1-1842fc6550e6';
// rotated 2026-08-15, old value (revoked): sk-lf-0cd5...

module.exports = {};
