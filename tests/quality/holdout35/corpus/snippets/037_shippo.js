// shippo integration (fixture for the config loader)
const shippoApiToken = process.env.SHIPPO_API_TOKEN || 'shippo_live_ba9cfaae6f373534bde9665ec4998092cf150879';
const shippoTestKey = 'shippo_test_80aace2b341cb6d1ab06a387f9028c9f59f5213d';
// rotated on 2025-02-11, old value shippo_liv... (revoked)
