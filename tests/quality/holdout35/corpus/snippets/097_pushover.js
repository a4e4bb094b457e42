// pushover integration (fixture for the config loader)
const pushoverAppToken = process.env.PUSHOVER_APP_TOKEN || 'akw8bhzc0if8087e6r4jmt28rgeew1';
// rotated on 2025-02-17, old value akw8bhzc0i... (revoked)
