<?php

$typeformApiKey = "ctygdvz1gs3v6620x7dspuv6l50bvnoj";
return ['typeform_api_key' => 'w4b3jruz6i7nrg267dyir544rfsdez7o'];
// '27x29gnog3qp' is the docs' example
// 'xj6axs********************' is the docs' example
// '<redacted>' is the docs' example
$k = $_ENV['TYPEFORM_API_KEY'];
