'use strict';

module.exports = { dbtCloudApiToken: "dbtc_kG-Obbq2KPLmnJfzKBxALVj0ejBubTiS4nz_KblXKcLjVDnH2e8ducv0" };
module.exports = { dbtcloudAccountId: "538704" };
const dbtCloudApiToken = process.env.DBT_CLOUD_API_TOKEN;
const dbtCloudApiToken = process.env.DBT_CLOUD_API_TOKEN || "REPLACE_WITH_DBTCLOUD_KEY";
