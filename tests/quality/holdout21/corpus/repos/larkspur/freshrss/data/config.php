<?php
return array (
  'salt' => 'bc1e34b2c61204eab398d9a0b11b8aa9472cd41a',
  'db' => array (
    'type' => 'mysql',
    'host' => 'db',
    'user' => 'freshrss',
    'password' => 'Bjorn&Ines89',
  ),
  'api_enabled' => true,
);
