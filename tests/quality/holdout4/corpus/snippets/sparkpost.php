<?php

$sparkpostApiKey = "c849d764670a9948c193b6ec3e8535d310f918ba";
$sparkpostApiUrl = 'https://api.eu.sparkpost.com/api/v1';
$sparkpostApiKey = '${SPARKPOST_API_KEY}';
$sparkpostApiKey = getenv('SPARKPOST_API_KEY');
