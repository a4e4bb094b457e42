<?php
// TODO: hapikey is sunset, move to a private app token
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=a0690103-154e-4272-84b0-b769f91e8543&count=100';
$form = 'https://forms.hubspot.com/uploads/form/v2/3413744/3a8886ad-03e1-44fd-8542-7da66dfbac9a';
$json = file_get_contents($url);
