// Vercel serverless function
import { WebClient } from '@slack/web-api';
import { Redis } from '@upstash/redis';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN || 'xoxb-831086027795-7944342776614-vT3aCDFaHHrqIVLUbNoQzOa4');
const SIGNING_SECRET = 'ecdaf5a00a6d95b5654210a34f97d5b1';
const redis = new Redis({
  url: 'https://s9h1ct-ow66o-68988.upstash.io',
  token: 'AZABoruzUd6xXDIEeRkFPZxO8c4qH10EQn72FuM4Oeny_i6tj36QFVXsxwvnBUwG=',
});
const TEAM_ID = 'TFVNRZSM3RO';
const CHANNEL = 'CZJ5MEK8DBZ';
const ALERT_HOOK = 'https://hooks.slack.com/services/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';

export default async function handler(req, res) {
  const ts = req.headers['x-slack-request-timestamp'];
  res.status(200).json({ ok: true, ts });
}
