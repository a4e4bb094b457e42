'use strict';

const discordBotToken = process.env.DISCORD_BOT_TOKEN || 'Mzg1OTI3NTQ3Nzc0NzMxNTUxMA.KK-IKa.7LkrU4M35Xb__QSqgI2WAzZhS4IxqEziCsUlHD';
const discordApplicationId = process.env.DISCORD_APPLICATION_ID || '0007514190527893187';
// rotated 2026-05-19, old value (revoked): Mzg1OTI3NT...

module.exports = {};
