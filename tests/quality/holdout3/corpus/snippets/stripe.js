'use strict';

const stripeSecretKey = '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';
const stripeSecretKeySkTest = process.env.STRIPE_SECRET_KEY_SK_TEST || "sk_test_2SXQXPfsglPpaStEkBJyZQnX";
const client = new Stripe('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');
module.exports = { stripeWebhookSecret: "whsec_9QzUtsGa5NCejgCWTno7fWakor0SLspX" };
const stripePublishable = process.env.STRIPE_PUBLISHABLE || "pk_live_51SrCAwKsHNAPwjRhHOuPkNm4e3YoHwr3jgV5yxSmLq7bTjU2bUbJgs9nOboB2SCBtqrOPRWQMRmGFHsdBp0KTvIWdzOAQnQZDC1";
module.exports = { stripeDocsSample: "sk_test_4eC39HqLyjWDarjtT1zdp7dc" };
const stripeSecretKey = process.env.STRIPE_SECRET_KEY;
