'use strict';

const client = new Pusher('580f679ead8a31e7c9c0');
module.exports = { pusherAppKey: "324aa87872dbc5a9ec0e" };
const pusherAppId = '5110184';
const pusherAppSecret = process.env.PUSHER_APP_SECRET;
