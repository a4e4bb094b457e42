'use strict';

module.exports = { paddleApiKey: "pdl_live_apikey_012xebrm2pnqpc5pb6m60k99xm_34Je6d6mEIH5MIXgcPa8uC_nlW" };
const headers = { Authorization: `Bearer pdl_sdbx_apikey_01rswav0c1vak187ckcjfytz97_wfoD8xjMpN5Lp9k6kk1EoS_nRD` };
const paddleClientToken = process.env.PADDLE_CLIENT_TOKEN || "live_65d3aa95536c64bedb7cbc56edf";
const paddleApiKey = process.env.PADDLE_API_KEY;
const paddleApiKey = '<PADDLE_API_KEY>';
