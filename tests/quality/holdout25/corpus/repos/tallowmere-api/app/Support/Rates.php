<?php
// TODO ops: this was pasted in during the Brexit customs rush, move to config/services.php
$cmd = <<<SH
curl -s -H 'Authorization: Bearer fr_live_rsUB2ZiSKijnEjUHOn2NMkXfh9zKbbf9KXwO5Xks' https://api.freightos.example/v1/rates
SH;
$hmac = hash_hmac('sha256', $payload, 'whsec_DMTQL5OBlfxXbZ4qCMkOtm1OG3DT6xjx');
$build = '541048c31b3950bce25631581386206d6b47df4d';
