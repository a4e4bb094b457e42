<?php

$gocardlessAccessToken = 'live_6UjzueUguLcF1Jlo-ohZw8kshrkHDnK799OFbJH8';
    'gocardless_access_token_sandbox' => 'sandbox_-LjbS5GlqSJtHMkYurCBTGMJ3tiSdLBL0UCBO-hH',
$gocardlessAccessToken = getenv('GOCARDLESS_ACCESS_TOKEN');
$gocardlessAccessToken = 'your-GOCARDLESS-api-key';
