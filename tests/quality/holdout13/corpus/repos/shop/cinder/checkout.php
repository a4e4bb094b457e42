<?php
// checkout.php
require 'vendor/autoload.php';

\Stripe\Stripe::setApiKey('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');
$publishable = 'pk_live_sE1mJbNynPlqmrrQSdsflXJ64pf3fD9P1QAiIp4lfjwCIiA3Ot2JKyYUr2G7RDAVADfSO5mvDss5LUgSH5RCCG11BuB2J8QMkZq';
$endpointSecret = 'whsec_hsAiKh0Qxuh1XuewyZ6cIZaI2ZS4iZa4';

$session = \Stripe\Checkout\Session::create([
  'mode' => 'payment',
  'success_url' => 'https://shop.example.com/ok',
]);
