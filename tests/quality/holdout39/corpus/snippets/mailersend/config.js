'use strict';

module.exports = {
  mailersendApiToken: process.env.MAILERSEND_API_TOKEN || 'mlsn.dab656bf487f8c5ab7bd1287a28c3f9412720405a7e1826e684f45825f99e446',
  mailersendApiTokenStaging: process.env.MAILERSEND_API_TOKEN_STAGING || '${MAILERSEND_API_TOKEN}',
};
