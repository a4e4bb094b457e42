<?php
require 'vendor/autoload.php';

$mollie = new \Mollie\Api\MollieApiClient();
// organisation access token for the partner dashboard
$mollie->setAccessToken('access_LACyx75Jjz3nadJp981RU7RyBwk5S70BalBmCBSx');
$profiles = $mollie->profiles->page();
$testKey = 'test_MeJJELDi6yQggDEbTei17e9muRomJ0';
