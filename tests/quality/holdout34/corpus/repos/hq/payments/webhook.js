// season-pass payment webhooks
const stripe = require('stripe')('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');
const endpointSecret = 'whsec_TJv5ibTPNK2NtB5hkcjF4MPLskDiZHar';
const publishable = 'pk_live_3ub3DCA3lmdZnqLm2xyg8ijbGDwzGhVeLBXPs5K3iz9YBsN29mwoZLo6VmFxCtjG3zytNcZy9ATOrghaL4dNrkXmzSPWdd7DB5L';
module.exports = { stripe, endpointSecret, publishable };
