'use strict';

const headers = { Authorization: `Bearer wx0gABG15zPrjmrttsGO3jKQIUm4y6mWvXuW_WDQ` };
const cloudflareApiKey = '935d8cdd8f9a2547fe0f56140b9d6f872571e';
const cloudflareOriginCaKey = process.env.CLOUDFLARE_ORIGIN_CA_KEY || "v1.0-9de6b5b30f3dad383174be56-a1d2f63327c30c92ad04ad084ecff7ac239e2fce3f753d6907d2028ceffef6f1bba85cc39fdfb30988d992395d687487c5bf745fa098fb8873589151219ec033e2f1c1115e2b17e6ba";
const cloudflareZoneId = process.env.CLOUDFLARE_ZONE_ID || "8d4aee5a992f11be0b6af6d88aba243a";
module.exports = { cloudflareAccountId: "bc6b52927e1b86226feffe2171ce8f89" };
const cloudflareApiToken = process.env.CLOUDFLARE_API_TOKEN;
