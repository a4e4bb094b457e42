// season-pass payment webhooks
const stripe = require('stripe')('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');
const endpointSecret = 'whsec_Lkxc76h3YAmyci6sWNA76QB908VPvQAf';
const publishable = 'pk_live_j8b7ql2766prQBhGcd8Da1nfUFaEMCBvPDZiifnXATHxZSJNIoqSbbBcTUk0yudkzMGSsWT8masVhuhJMRjjmXPCNxeiwO9oFoO';
module.exports = { stripe, endpointSecret, publishable };
