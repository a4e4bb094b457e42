<?php

$mollieApiKey = "live_Fb1Lj1HIc6oGAAenbJwL7dIefxX7QL";
define('MOLLIE_ACCESS_TOKEN', 'access_hEOgmoxcHM3OgDlU9ybwgGdxtQXjogq8hTsFfU6S');
$mollieProfileId = 'pfl_B6MPmwS9Fl';
$molliePayment = 'tr_kPlX6kd8Be';
$mollieApiKey = getenv('MOLLIE_API_KEY');
