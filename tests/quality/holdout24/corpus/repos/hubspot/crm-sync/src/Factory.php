<?php

use HubSpot\Factory;

$crm = Factory::createWithAccessToken('pat-na1-dff19a75-63d1-4ff5-b9d1-1696041901fe');
$apps = Factory::createWithDeveloperApiKey('na1-bb78-af98-7f90-7845-f2660ad250e6');
$appId = 5200473;
