<?php
// TODO: hapikey is sunset, move to a private app token
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=12552e48-8dcb-497f-bf72-b79e7e999baf&count=100';
$form = 'https://forms.hubspot.com/uploads/form/v2/1700486/a620e04f-18b9-4999-85d9-c658cab808bd';
$json = file_get_contents($url);
