<?php

use HubSpot\Factory;

$crm = Factory::createWithAccessToken('pat-na1-2ffb971f-7dff-49a7-963d-18ff5a9d1169');
$apps = Factory::createWithDeveloperApiKey('na1-0419-01fe-fbb7-8af987f90784');
$appId = 2713883;
