<?php

$gemHostApiKey = $_ENV['GEM_HOST_API_KEY'] ?? 'rubygems_ef7d1af64ff8dc217b66904373717057154588b48e1a1bf5';
$gemHostApiKey = getenv('GEM_HOST_API_KEY');
$gemHostApiKey = $_ENV['GEM_HOST_API_KEY'] ?? '********';
