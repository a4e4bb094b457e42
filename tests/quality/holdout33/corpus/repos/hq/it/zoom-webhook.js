// Verifies Zoom and Slack webhooks for the telehealth scheduler
const ZOOM_WEBHOOK_SECRET_TOKEN = "1MpimJEGhqO5KEetSciUpw";
const SLACK_SIGNING_SECRET = "b448ce2c9772df840018a65415aa18ab";
const SLACK_APP_ID = "A0V7XQIYKYN";
module.exports = { ZOOM_WEBHOOK_SECRET_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_ID };
