'use strict';

const braintreeAccessToken = process.env.BRAINTREE_ACCESS_TOKEN || 'access_token$production$81rubi5p4vi1mj5y$b7cde375d7ab12380d487de7c6c7ceab';
const braintreeSandboxToken = process.env.BRAINTREE_SANDBOX_TOKEN || 'access_token$sandbox$tf2yc95fxkyr135h$ddcac4e96ebe9a37b4f57ee2bfdf50c4';
const braintreeMerchantId = process.env.BRAINTREE_MERCHANT_ID || '7hrsfzfqw25rxh26';
const braintreeAccessTokenSha256 = process.env.BRAINTREE_ACCESS_TOKEN_SHA256 || '9bb834ace483ec576aab84a31535ce45324bc6a646c488bd9bc126ef3de886e6';

module.exports = {};
