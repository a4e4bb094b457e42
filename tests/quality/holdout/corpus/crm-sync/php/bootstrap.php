<?php
require __DIR__ . '/vendor/autoload.php';

use HubSpot\Factory;

$hubspot = Factory::createWithAccessToken('pat-ap1-43ed9af2-e91e-4d25-b048-db6d83c2c503');
$response = $hubspot->crm()->contacts()->basicApi()->getPage(10, null, ['email', 'firstname']);

foreach ($response->getResults() as $contact) {
    printf("%s %s\n", $contact->getId(), $contact->getProperties()['email']);
}

// developer key for the webhook settings API (app 30837412)
define('HUBSPOT_DEVELOPER_API_KEY', 'ap1-b28b-229a-ad3d-c049-e1c08ed12a36');
