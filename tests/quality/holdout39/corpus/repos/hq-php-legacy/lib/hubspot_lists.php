<?php
// old newsletter export (2021)
$hubspot_api_key = 'fbd1cae8-0693-417d-a46d-2fcad01df7d6';
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=" . $hubspot_api_key . "&count=100";
$json = file_get_contents($url);
