<?php
$wgSitename = "Lab Wiki";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBuser = "wikiuser";
$wgDBpassword = 'velvet+falcon=53';
$wgSecretKey = "253b33fa7b60d3c317825c634fd7690b6e17eae4af958669894df5d65dd95b73";
$wgUpgradeKey = "c7263efe729bfdc6";
$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true, 'username' => 'labwiki@gmail.com', 'password' => 'ksna lixp sgis qodw' ];
$wgCacheEpoch = "20261103081500";
