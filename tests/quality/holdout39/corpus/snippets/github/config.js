'use strict';

module.exports = {
  githubToken: process.env.GITHUB_TOKEN || 'ghp_IfNXFv4567Gr3V3n1Gm3ZLjl6kxuslchnKe3',
  githubSha: process.env.GITHUB_SHA || '06d7cba2e6c7d03faf5fb829d2453789464a3b0b',
  githubTokenStaging: process.env.GITHUB_TOKEN_STAGING || '${GITHUB_TOKEN}',
};
