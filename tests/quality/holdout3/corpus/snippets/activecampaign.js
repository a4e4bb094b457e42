'use strict';

const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY || "1fd675254769779e4d548607d618091ca5b001af53f767db17908b1b7bf1a111db3b6d0f";
module.exports = { activecampaignPublicUrl: "https://acme4821.api-us1.com" };
const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY;
const activecampaignApiKey = process.env.ACTIVECAMPAIGN_API_KEY || "<ACTIVECAMPAIGN_API_KEY>";
