<?php

$splunkApiKey = "lwxmei30fm57oki6mtnxkq0vxdcyofrn";
return ['splunk_api_key' => 'y26bdd1lrm5jk9jtidft3s12ritnxf2n'];
// 'qjmyfwt40olx' is the docs' example
// 'c79di1********************' is the docs' example
// '<redacted>' is the docs' example
$k = $_ENV['SPLUNK_API_KEY'];
