<?php
$wgSitename = "Larch Wiki";
$wgDBtype = "mysql";
$wgDBserver = "db";
$wgDBname = "wiki";
$wgDBuser = "wiki";
$wgDBpassword = "pierogi_Mit_Juniper7";
$wgSecretKey = "5a37fdee35fbb5dbb8c3768c739997949744311d2c9920c0eef463edfa423246";
$wgUpgradeKey = "babcf10071e39329";
$wgAuthenticationTokenVersion = "1";
$wgSMTP = [ 'host' => 'ssl://smtp.gmail.com', 'port' => 465, 'auth' => true,
            'username' => 'wiki@larchwood.dev', 'password' => 'biil vlrb frse thmj' ];
