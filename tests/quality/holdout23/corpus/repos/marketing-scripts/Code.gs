function sendDigest() {
  var options = {
    method: 'post',
    headers: {
      Authorization: 'Bearer ' +
        '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',
    },
    contentType: 'application/json',
  };
  UrlFetchApp.fetch('https://api.sendgrid.com/v3/mail/send', options);
}
