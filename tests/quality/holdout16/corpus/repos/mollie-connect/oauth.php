<?php
require 'vendor/autoload.php';

$mollie = new \Mollie\Api\MollieApiClient();
// organisation access token for the partner dashboard
$mollie->setAccessToken('access_SxMeJJELDi6yQggDEbTei17e9muRomJ0jlbh9eKb');
$profiles = $mollie->profiles->page();
$testKey = 'test_bNwUnvEYcOzKe6S4YPyg3SYK16e7rx';
