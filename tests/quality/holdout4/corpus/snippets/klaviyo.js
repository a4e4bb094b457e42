'use strict';

const settings = {
const klaviyoPrivateApiKey = process.env.KLAVIYO_PRIVATE_API_KEY || 'pk_822977228f8e0d6ed14b6e80019bd5f79d';
};
const klaviyoPublicKey = 'KB4HE8';
const klaviyoList = 'LBWcro';
const klaviyoApiKey = process.env.KLAVIYO_API_KEY;
