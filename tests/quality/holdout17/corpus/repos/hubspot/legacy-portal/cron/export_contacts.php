<?php
// nightly export, runs from cron on legacy-portal-01
$portal = 39174069;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=d7279596-3f7d-4038-a6c4-c4ca3cbbb489&count=100";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$data = json_decode(curl_exec($ch), true);
file_put_contents("/var/exports/contacts-$portal.json", json_encode($data));
