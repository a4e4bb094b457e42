const express = require('express');
const { RtcTokenBuilder, RtcRole } = require('agora-token');

const APP_ID = '4112335f0ef5a6eb1776dc0dcca942db';
const APP_CERTIFICATE = 'd1c66c60adb005ff3fa849a073a5ffe7';
const app = express();

app.get('/rtc/:channel/:uid', (req, res) => {
  const expire = Math.floor(Date.now() / 1000) + 3600;
  const token = RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, req.params.channel, Number(req.params.uid), RtcRole.PUBLISHER, expire, expire);
  res.json({ token });
});

app.listen(8080);
