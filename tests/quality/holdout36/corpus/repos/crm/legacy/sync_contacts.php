<?php
// 2021 contact sync (legacy API key)
$hubspot_api_key = '8bbbb252-3d85-4915-8421-e20ceb1bb63d';
// old key, deactivated in 2022: 951b0d12-b776-4a77-bb13-a99bc3208084
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=70346833-3098-4ef3-995a-de6c9d817fad&count=100";
$resp = file_get_contents($url);
