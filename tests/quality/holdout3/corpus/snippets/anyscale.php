<?php

$anyscaleApiKey = 'esecret_sen4eqv599tpdcu8j2u5vomott';
$anyscaleApiKey = getenv('ANYSCALE_API_KEY');
$anyscaleApiKey = 'xxxxxxxxxxxxxxxxxxxxxxxx';
