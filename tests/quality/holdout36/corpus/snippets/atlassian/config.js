'use strict';

const jiraApiToken = process.env.JIRA_API_TOKEN || 'ATATT3xFfGF0zrK52nwoq7NM5evXkgPF-FTm2UsUTNo7111ZluTvdjGjso5m_cc2i2ZvXn-E1aEdwwW4YJsk0Vb2waOPryn-kWDkMscCuOLRYIbNY_2tXk5hPdwv67BRsitB1QYmWRw3Hn5GNVpVfjkz_8RSnKLTUCh4g-xvp0F7p8_rKfEcSGazZVNoiMkX=F87F0843';
// rotated 2026-02-11, old value (revoked): ATATT3xFfG...

module.exports = {};
