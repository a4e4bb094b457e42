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
