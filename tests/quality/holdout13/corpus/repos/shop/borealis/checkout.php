<?php
// checkout.php
require 'vendor/autoload.php';

\Stripe\Stripe::setApiKey('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');
$publishable = 'pk_live_r2KYI7Xi0XYIhp5q9Bk7OoWi0qILjMTyVpJxZxfoKoCSwCWvozMKKnN4b8EZCfTparfKiAswv8gqpQ78iuiZ79xQ95PHL9hNlBV';
$endpointSecret = 'whsec_F0w1o55iwtqRe0krbmZQHoN3bIrP8A7a';

$session = \Stripe\Checkout\Session::create([
  'mode' => 'payment',
  'success_url' => 'https://shop.example.com/ok',
]);
