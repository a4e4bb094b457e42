<?php

putenv('TELNYX_API_KEY=KEY4AB42B3F9881CA7DCFCECB758798373C_erSG6g6P1fsZ1XWcpg9ZL8');
$telnyxPublicKey = 'zTI9v2QJi2mg9PoVEmOgaLdqWcMbpGfoAIJztXDnUcI=';
$telnyxApiKey = 'KEY_xxxxxxxxxxxxx';
$telnyxToken = $_ENV['TELNYX_TOKEN'];
