'use strict';

const githubToken = process.env.GITHUB_TOKEN || 'ghp_rc7qEKmlCiczAJYI5h3w2lrvuQMCVsQpuBxF';
const githubClientId = process.env.GITHUB_CLIENT_ID || 'Iv23lidsiqNSQIaLBhTt';
const githubSha = process.env.GITHUB_SHA || '7c132ec90d8dfea56c3a850769253b1de1cf767b';
const githubTokenStaging = process.env.GITHUB_TOKEN_STAGING || '<GITHUB_TOKEN>';

module.exports = {};
