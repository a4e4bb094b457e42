<?php

$jfrogAccessToken = $_ENV['JFROG_ACCESS_TOKEN'] ?? 'cmVmdGtuOjAxOjSVP3ZX7lpEpmareBAAWXQW6YSl1N9M5lyGADl4Bt1Jz1eBhRKZ';
$jfrogAccessTokenApiKey = 'AKCpv43x83TS4Yv2F8ih7yOI37HNDvgHQrxb8uWG5EauUmai5lTU9Xmpl30YjCVWz09PRRpBz';
$jfrogAccessToken = getenv('JFROG_ACCESS_TOKEN');
$jfrogAccessToken = $_ENV['JFROG_ACCESS_TOKEN'] ?? 'JFROG-key-goes-here';
