<?php
// 2019 importer, kept for the archive
$hubspot_api_key = '53bc71c2-8814-4133-9bc7-4fcb116cc651';
$url = "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=" . $hubspot_api_key;
$old = 'https://api.hubapi.com/properties/v1/contacts/properties?hapikey=a249c3ee-3309-4e5f-892e-c39c19a5d8a7';
