'use strict';

const headers = { Authorization: `Bearer AVciAAIncDEmdiN-iFIDKBc4I0oH0RmIZGkc8diMIk7BmbF4t-GWVRICLiKBe83TVJ-x7lU` };
module.exports = { upstashRestUrl: "https://clever-gull-16416.upstash.io" };
const upstashRedisRestToken = process.env.UPSTASH_REDIS_REST_TOKEN;
const upstashRedisRestToken = process.env.UPSTASH_REDIS_REST_TOKEN || "changeme";
