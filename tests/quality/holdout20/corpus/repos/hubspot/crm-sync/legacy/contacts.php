<?php
// TODO: hapikey is sunset, move to a private app token
$url = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=5b0418e3-746b-447c-9573-889a4ac599c9&count=100';
$form = 'https://forms.hubspot.com/uploads/form/v2/8522835/b4aca39a-ae8d-4f8c-8a0f-e12ac3bc12dc';
$json = file_get_contents($url);
