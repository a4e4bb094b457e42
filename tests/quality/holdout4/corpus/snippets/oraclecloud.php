<?php

$ociAuthToken = "NEMa:IYfFKlSIzM1aCkh";
$ociFingerprint = 'ba:ef:7f:45:62:2d:c7:39:9b:6e:3d:c1:2c:f9:bd:f8';
$ociTenancy = 'ocid1.tenancy.oc1..i23eq5hozma6ekzr83rgeg7kmbg1gsf8tybcflv7b64mdmdibygo2kjw83s3';
$ociApiKey = getenv('OCI_API_KEY');
