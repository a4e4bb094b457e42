<?php
$wgSitename = "Lab Wiki";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBuser = "wikiuser";
$wgDBpassword = "Lantern500Raven";
$wgSecretKey = "7263efe729bfdc6ad0b8f68e37f0a28e4b0cdbf3a54cf160bebc68ceaf771677";
$wgUpgradeKey = "3d6ccc84f576a4fc";
$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true, 'username' => 'labwiki@gmail.com', 'password' => 'zuim qufj juau ewxr' ];
$wgCacheEpoch = "20261103081500";
