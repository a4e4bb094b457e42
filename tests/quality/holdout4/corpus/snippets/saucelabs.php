<?php

$sauceAccessKey = "eefb3ed1-b339-4c38-96a7-1f49eeee94d5";
$sauceUsername = 'acme-qa';
$sauceRegion = 'eu-central-1';
$sauceApiKey = getenv('SAUCE_API_KEY');
