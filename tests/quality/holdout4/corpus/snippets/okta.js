'use strict';

const settings = {
const oktaApiToken = process.env.OKTA_API_TOKEN || '00vJHTv7GLXtbmit8L_5YjIvJM7Q91nlpcZljXLIr2';
};
const oktaOrgUrl = 'https://acme.okta.com';
const oktaClientId = '0oaPMIFVq62E7TXmhOJP';
const oktaApiKey = process.env.OKTA_API_KEY;
