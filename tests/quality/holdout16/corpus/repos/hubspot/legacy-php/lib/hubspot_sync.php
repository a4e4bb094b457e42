<?php
// legacy contact export, still called by cron on the old box
$portal = 84441335;
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=fee56249-ecb3-4434-96b2-bc6e691d7412&count=100";
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$webhooks = "https://api.hubapi.com/webhooks/v3/7613613/settings?hapikey=d9360f0d-3798-4373-b522-b873b15d4347";
$response = curl_exec($ch);
