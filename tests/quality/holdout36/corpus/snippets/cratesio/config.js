'use strict';

const cargoRegistryToken = process.env.CARGO_REGISTRY_TOKEN || 'cioa1sMIK5NZpjDaTOOoSFii4hDOq1CvZK2';
// rotated 2026-05-13, old value (revoked): cioa1sMIK5...

module.exports = {};
