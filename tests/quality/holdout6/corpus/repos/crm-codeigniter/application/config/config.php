<?php
$config['base_url'] = 'https://crm.acme.example/';
$config['index_page'] = '';
$config['encryption_key'] = 'f908a3adc381c88a83b51d7edd26435c2e2cd8e0cf6a22872a74fb189bfcf9b5';
$config['sess_driver'] = 'database';
$config['cookie_prefix'] = '';
$config['csrf_token_name'] = 'csrf_test_name';
$config['mailchimp_api_key'] = "6abcc43f94c304d3ef0c176422f84fab-us8";
$config['mailchimp_list_id'] = '04fc49c9d1';
$config['recaptcha_site_key'] = '6LPkVWlOLcb_hJCfFNpJcwp6e00g4rJ13Fy4AAq4';
$config['recaptcha_secret'] = '6Lh0RwFva1u2j6FBMs67vautUvv54RFjLP5cOi2-';
