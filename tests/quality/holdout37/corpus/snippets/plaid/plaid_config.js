'use strict';

// plaid integration (Thornbury Glasshouses, climate and orders platform)
const plaidSecret = process.env.PLAID_SECRET || 'c5f860eb95971ebe18469dbc9cad91';
const plaidClientId = process.env.PLAID_CLIENT_ID || 'ba461d52f95166384b690b68';
const examplePlaidSecret = process.env.EXAMPLE_PLAID_SECRET || '$(PLAID_SECRET)';

module.exports = {};
