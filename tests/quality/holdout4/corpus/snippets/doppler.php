<?php

$dopplerToken = "dp.st.prd.azGg7gfdI1HEFFrfwZQiwuAzG3fjw2rbpQcONbij";
define('DOPPLER_PERSONAL_TOKEN', 'dp.pt.p5GdgHGSDL2Z4VyXolnVkKnkyzDL2EZl3GDnNp7HPmD');
$dopplerProject = 'backend';
$dopplerToken = '${DOPPLER_TOKEN}';
$dopplerApiKey = getenv('DOPPLER_API_KEY');
