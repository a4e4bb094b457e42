<?php

$magentoAccessToken = env('MAGENTO_ACCESS_TOKEN', 'v73ai3ym9num73yud42s7jx9lw376n2b');
$config = ['magento_private_key' => "82b7a3fade32c1e58ee0598e4d30a367"];
$magentoPublicKey = '80fe7928b50a727bfb3dd7d68a6eacf5';
$magentoStore = 'default';
$magentoToken = $_ENV['MAGENTO_TOKEN'];
