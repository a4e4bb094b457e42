// newsletter and CRM sync for the season-pass shop
const mailchimp = { apiKey: '09250bf4cc86115ee53c1670f341a20c-us21', server: 'us21' };
const brevo = { apiKey: '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' };
const metaPixel = '585702238776886';
const tiktok = { accessToken: '9b97a70d9f1867fb7572a6ca566ea4165d0eee14' };
module.exports = { mailchimp, brevo, metaPixel, tiktok };
