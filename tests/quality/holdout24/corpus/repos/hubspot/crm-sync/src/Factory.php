<?php

use HubSpot\Factory;

$crm = Factory::createWithAccessToken('pat-na1-b4f750c0-0eca-428f-ae1a-b2c72d30bb8b');
$apps = Factory::createWithDeveloperApiKey('na1-b6fc-4343-a904-539e-deb0e1bd9fd5');
$appId = 9133903;
