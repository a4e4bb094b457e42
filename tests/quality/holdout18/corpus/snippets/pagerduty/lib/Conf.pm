package Conf;
use strict;
our $PAGERDUTY_TOKEN = 'u+CDxj04Oe8KV7OnoDb2';
our %creds = ( pagerduty => 'b2c6c1b0ea945f8ea14d4bad1c7cff33' );
our $PAGERDUTY_SERVICE_ID = 'PO7ZTBJ';
our $PAGERDUTY_TOKEN_SHA256 = '75a625e1a2bfe079208626071e4483697999128ac68a21f05f026ad30c249330';
our $PAGERDUTY_TOKEN_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx';
our $from_env = $ENV{PAGERDUTY_TOKEN};
1;
