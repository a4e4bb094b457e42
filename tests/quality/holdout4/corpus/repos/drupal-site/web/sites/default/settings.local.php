<?php
// Local overrides: these values are placeholders, copy from 1Password.
$databases['default']['default']['password'] = 'changeme';
$config['mailchimp.settings']['api_key'] = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1';
$settings['hash_salt'] = 'REPLACE_WITH_RANDOM_HASH_SALT';
$config['stripe.settings']['apikey']['test']['secret'] = 'sk_test_yw0QgviICfh69M0aQSEdlau8';
$config['stripe.settings']['apikey']['test']['public'] = 'pk_live_51HEj3MmU5b9glzS2m6l5C6qiTHWjyR5UGBSFHMdvlwdxh6g1bqZFGtM0PzOtarkDKu3lduBlKiCcrQ4UZj7jhQsHbb4kv2DAyu';
