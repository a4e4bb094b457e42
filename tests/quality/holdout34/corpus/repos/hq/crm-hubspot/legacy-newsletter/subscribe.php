<?php
// 2019 newsletter form, still on the old web server
$hubspot_api_key = 'fd7b324b-c824-4f37-b6ca-f4dd58bf31ab';
$url = 'https://api.hubapi.com/contacts/v1/contact/createOrUpdate/email/' . urlencode($email)
     . '/?hapikey=65b2f621-c4dd-40d2-b904-8f75a5b8fad2';
