<?php
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=c665244f-3e51-48ab-83c8-67eb5e9536c4&count=100';
$hapikey = "488e9fad-9b2d-4df9-8118-9cbcc3d29fee";
$webhooks = "https://api.hubapi.com/webhooks/v3/1234567/settings?hapikey=ap1-c436-dbe2-48c3-a500-629458f9127f";
$oldDevKey = 'd006775f-c381-4b16-987c-b909985ec257'; // refresh_token from the 2019 integration
$formGuid = '389a480e-4b14-4161-8191-776137867fa2';
$sample = 'https://api.hubapi.com/crm/v3/objects/contacts?hapikey=demo';
