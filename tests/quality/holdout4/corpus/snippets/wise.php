<?php

$wiseApiToken = "5166c2c1-5d41-45a0-9416-5d3cb63240f4";
$wiseProfileId = '97717911';
$wiseEnv = 'sandbox';
$wiseApiKey = getenv('WISE_API_KEY');
