<?php
return array (
  'salt' => '9c5501e36514ef9de62efcc053b490650da065c1',
  'db' => array (
    'type' => 'mysql',
    'host' => 'db',
    'user' => 'freshrss',
    'password' => 'Oyster@99',
  ),
  'api_enabled' => true,
);
