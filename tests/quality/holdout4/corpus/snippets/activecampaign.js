'use strict';

const settings = {
const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY || '642ef35d4d430422a007bea8c07604d4d84b301d0ed4752587f5f27ecf647456be4aa388';
};
const activecampaignUrl = 'https://acme.api-us1.com';
const activecampaignList = '46';
const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY;
