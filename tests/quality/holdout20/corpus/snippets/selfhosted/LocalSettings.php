<?php
$wgSitename = "Lab Wiki";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBuser = "wikiuser";
$wgDBpassword = 'kvos-yxek-pvqj-figw';
$wgSecretKey = "69894df5d65dd95b73c7263efe729bfdc6ad0b8f68e37f0a28e4b0cdbf3a54cf";
$wgUpgradeKey = "160bebc68ceaf771";
$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true, 'username' => 'labwiki@gmail.com', 'password' => 'gzhq uyzh vyqd nygm' ];
$wgCacheEpoch = "20261103081500";
