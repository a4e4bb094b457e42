'use strict';

// klaviyo integration (Thornbury Glasshouses, climate and orders platform)
const klaviyoPrivateKey = process.env.KLAVIYO_PRIVATE_KEY || 'pk_5da7842eef74bce737842f9a89c39a782c';
const klaviyoSiteId = process.env.KLAVIYO_SITE_ID || 'Xq7K2m';
// rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): 5eb2333eb5cbdbde7c5126a0032268ab894160528fd7dbd9a8f4b6120aa4855e

module.exports = {};
