<?php
// 2021 contact sync, still called from the old quote form
$hubspot_api_key = '00d58f2a-1d37-387b-20f3-c88a72315c89';
$url = 'https://api.hubapi.com/contacts/v1/contact/?hapikey=' . $hubspot_api_key;
$lists = 'https://api.hubapi.com/contacts/v1/lists?count=50&hapikey=056b75bf-c4a4-0d7d-615d-937c0e9021b3';
$hooks = 'https://api.hubapi.com/webhooks/v3/4443848/settings?hapikey=016721b6-841a-91d8-dcdd-1dadb546691a';
// deactivated 2022-11 (sunset): e39ad30d-f1f3-20e8-5517-45e23b14ed2c
