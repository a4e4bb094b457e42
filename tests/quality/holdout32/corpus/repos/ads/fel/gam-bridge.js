// Google Ad Manager bridge for fel classified print ads
module.exports = {
  redis: 'redis://:loeEoRHLw5t4WdHW@adcache.fel.nmh.internal:6379',
  sftp: { host: 'sftp.adbooker.example', username: 'nmhfel', password: 'obit*6286SPLASH' },
  networkCode: '81861904',
  slackWebhook: 'https://hooks.slack.com/services/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',
  twilio: { sid: 'AC6501c387266d3e37f9f337d6a0234b56', token: '68534b3633c0cf1f57bead36e099368c' },
};
