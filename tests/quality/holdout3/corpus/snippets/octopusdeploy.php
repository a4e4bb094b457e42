<?php

    'octopus_api_key' => 'API-JCV1ND266GQQDTE2IND6RCXV65',
define('OCTOPUSDEPLOY_SPACE_ID', 'Spaces-1');
$octopusApiKey = getenv('OCTOPUS_API_KEY');
    'octopus_api_key' => '<OCTOPUSDEPLOY_API_KEY>',
