<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_name' => 'prestashop',
    'database_user' => 'ps',
    'database_password' => 'b4s1S6?umj7c9W',
    'secret' => 'ohZsAROmXRgv6tLwAK7o7X1RIg5uIaOogCPv0iH6XwacssK9uk5qaqOrqubmLx04',
    'cookie_key' => 'g61IEXgYRTto6Hn9jYfJLc5Zmeo5fQ4XE00uapbUdD45q7FnUJZ55IBe',
    'new_cookie_key' => 'def00000018d3a3a66180ab6aa0697d174a5ea2e5cdf23792c3bf2320a5fe92c0bf2d28599dcbc709959e1e6cc4fe39d910d60097eb7174690d2aa265d863ec98f1734c6262faa5eb35f3da32e244e44a9d6a66dfa038f0e8f1a7aef13b93100a71190030a29bf72db00b796a7e1ec6f04d032975b23b9d0e66d4b0e74db15f49ad6c2d8eb486d50bad9227e303d2797803e7fe4f02cb4ab657b0b49a87ddc395b784d8e265a329d',
    'ps_creation_date' => '2024-06-11',
  ),
);
