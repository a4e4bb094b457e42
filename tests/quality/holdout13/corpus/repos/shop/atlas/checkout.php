<?php
// checkout.php
require 'vendor/autoload.php';

\Stripe\Stripe::setApiKey('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');
$publishable = 'pk_live_P9HYVjOw76CtSI7UUwqa5ueOML0Eh9wHiorjB275ZZG8QtdoGEPAB1r0sbrejlSGwIsGIWkcj30tA8sL9pdn7g9zqzYwzWtoNiO';
$endpointSecret = 'whsec_n3e25ZjJKhJgYbZFMkMjnlfnNvOIc70k';

$session = \Stripe\Checkout\Session::create([
  'mode' => 'payment',
  'success_url' => 'https://shop.example.com/ok',
]);
