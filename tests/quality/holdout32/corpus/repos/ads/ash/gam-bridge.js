// Google Ad Manager bridge for ash classified print ads
module.exports = {
  redis: 'redis://:ink-lantern-kicker-byline@adcache.ash.nmh.internal:6379',
  sftp: { host: 'sftp.adbooker.example', username: 'nmhash', password: 'TabloidGalley938' },
  networkCode: '32451438',
  slackWebhook: 'https://hooks.slack.com/services/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',
  twilio: { sid: 'AC0f8f98f066895bca06462e658d42d5eb', token: '8533900455fa28b9993568459e920854' },
};
