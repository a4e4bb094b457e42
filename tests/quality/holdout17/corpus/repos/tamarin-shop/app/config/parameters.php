<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_name' => 'prestashop',
    'database_user' => 'ps',
    'database_password' => 'OtterMeadow75@',
    'secret' => '1f3zuYy3uUB7n6ebMSeG3sGLIjxBPBkbr8fPVSo7CsJMgFJspO8QyBuEZ5XHOagh',
    'cookie_key' => 'bNTVjv3L2xeIhlHtrgqjvtqMLzZVWjayTTjirPrzsD94lAsH8ceQsCpO',
    'new_cookie_key' => 'def00000b27fb45aa0a1b4083d21babe365c8601c7823fde9204f9a7f4324e89eb079369063bdc1da49a202df249295a013434d86df48d71f67521ce8bd493449ff71adf006fe9e19745d27b73c7f358c32572657af3c146b3c64b47fc8f0dd116c4485a7c30366e2c1eca3de1387dc668c4b76d2e606a6e11b37a081ec51268f24048d7caf9c7bbd30cec9d2bf0e11b8a7bdbd81e6f3a004f6ed1881bb0bd92b575e73d355f9e02',
    'ps_creation_date' => '2024-06-11',
  ),
);
