'use strict';

const slackBotToken = process.env.SLACK_BOT_TOKEN || 'xoxb-523946482062-3866550340329-OL2Dyb2GpLFjpJf6jcRFTtpA';
const slackWebhookUrl = process.env.SLACK_WEBHOOK_URL || 'https://hooks.slack.com/services/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';
const slackChannelId = process.env.SLACK_CHANNEL_ID || 'CLAPF38QV2I';
// rotated 2026-08-17, old value (revoked): xoxb-52394...

module.exports = {};
