// Google Ad Manager bridge for kvn classified print ads
module.exports = {
  redis: 'redis://:XsIFflDB3FkBvRn42Ps4IPfd@adcache.kvn.nmh.internal:6379',
  sftp: { host: 'sftp.adbooker.example', username: 'nmhkvn', password: '+7vb+9-VVJ!wbxoW=hAl' },
  networkCode: '11663968',
  slackWebhook: 'https://hooks.slack.com/services/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',
  twilio: { sid: 'ACaf75f9f8b3150fc5398e2bed863185ca', token: '89f152ec9f561bc7a7d9a529a2b70342' },
};
