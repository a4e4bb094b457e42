'use strict';

const buildkiteApiToken = process.env.BUILDKITE_API_TOKEN || 'bkua_6d9ff3f31d8bbf6032df29ebb2e3da556791b192';
const buildkiteOrg = process.env.BUILDKITE_ORG || 'brindle';
const buildkiteApiTokenStaging = process.env.BUILDKITE_API_TOKEN_STAGING || 'paste-your-key';

module.exports = {};
