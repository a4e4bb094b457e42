<?php
$wgSitename = "Acme Wiki";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBuser = "wikiuser";
$wgDBpassword = "_7*xk1hd^xZJtKC9BcnU";
$wgSecretKey = "aa8e485d673c749d866e63865d10fe38177bdc712586a899bc139ea9814895b7";
$wgUpgradeKey = "ec13557ee67c0ed4";
$wgAuthenticationTokenVersion = "1";
$wgSMTP = [ "host" => "ssl://smtp.gmail.com", "IDHost" => "acme.example", "port" => 465, "auth" => true,
  "username" => "wiki@acme.example", "password" => "j2nd ebci ljng mfcr" ];
$wgReCaptchaSiteKey = "6LiZHN3kePUK2NsMVEkCASX6M4Q992F-U1LcIVPo";
$wgCacheEpoch = "20240101000000";
# $wgDBpassword = "CHANGE_ME";
