'use strict';

module.exports = {
  clickupApiToken: process.env.CLICKUP_API_TOKEN || 'pk_58813073_ZKS2NO0ZXKMHHVJJL5T7MISMRXKNZLKR',
  clickupTeamId: process.env.CLICKUP_TEAM_ID || '81857088',
  clickupApiTokenStaging: process.env.CLICKUP_API_TOKEN_STAGING || '${CLICKUP_API_TOKEN}',
};
