<?php
// old cron job, still runs on the marketing box
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=66f13e01-e675-4b47-b1bd-7868e19330f8&count=100";
$json = json_decode(file_get_contents($url), true);
$portal = 7076673;
$requestId = "f9235375-9ad6-4af4-814e-e97d1989e02e";
foreach ($json['contacts'] as $c) {
    echo $c['vid'], PHP_EOL;
}
