<?php
// 2021 export, before the move to private apps
$hubspot_api_key = '2daa4e0c-a13d-4032-8c22-43e8465e1ab6';
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=' . $hubspot_api_key . '&count=100';
$backup = file_get_contents('https://api.hubapi.com/contacts/v1/lists/12/contacts/all?count=50&hapikey=485c8c6b-dda3-4e88-95c8-5641d96406a1');
// the key before it (deactivated 2020-06-01): fdd86b70-****-****-****-********da3f
