<?php

$wiseApiToken = '78167f71-51a9-46a6-9971-b57b29408eaf';
    'wise_profile_id' => '31901085',
$wiseApiToken = getenv('WISE_API_TOKEN');
$wiseApiToken = 'your-WISE-api-key';
