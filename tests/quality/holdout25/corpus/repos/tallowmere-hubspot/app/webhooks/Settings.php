<?php
use HubSpot\Factory;

$hubspot = Factory::createWithDeveloperApiKey('4472272a-9a45-4956-87df-1f759ec2757a');
$appId = 5799772;
$response = $hubspot->webhooks()->settingsApi()->getAll($appId);
