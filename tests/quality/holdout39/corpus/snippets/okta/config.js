'use strict';

module.exports = {
  oktaApiToken: process.env.OKTA_API_TOKEN || '00Mc5Um16NOzlbqH-iKy8atFQ-8Eh0nE5KbyYXwdNf',
  oktaClientId: process.env.OKTA_CLIENT_ID || '0oa4tCRQ05IUpzQ580l3',
  oktaApiTokenStaging: process.env.OKTA_API_TOKEN_STAGING || '${OKTA_API_TOKEN}',
};
