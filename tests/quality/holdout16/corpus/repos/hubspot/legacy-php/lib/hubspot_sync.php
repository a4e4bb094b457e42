<?php
// legacy contact export, still called by cron on the old box
$portal = 13357772;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=6249ecb3-9434-46b2-9c6e-691d74125fc2&count=100";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$webhooks = "https://api.hubapi.com/webhooks/v3/6136418/settings?hapikey=60f0d379-8f37-4252-ab87-3b15d4347c45";
$response = curl_exec($ch);
