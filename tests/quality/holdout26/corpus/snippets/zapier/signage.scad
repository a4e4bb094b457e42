// lobby signage generator

zapier_hook_url = "https://hooks.zapier.com/hooks/catch/78656415/47qeyic/";
zapier_zap_id = "285021699";
zapier_hook_url_sha256 = "4961e73c51460ce08281dda236c5ed334493b6fbbf597f54e2236e840bcfb777";
zapier_hook_url_example = "************";
// ZAPIER_HOOK_URL is passed with -D from the makefile
