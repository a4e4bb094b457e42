package Conf;
use strict;
our $IBMCLOUD_API_KEY = 'rT8YDi6xsYffehmlUQ5h5TubvgAHIZ-idG9b46ihFWv7';
our $IBMCLOUD_ACCOUNT_ID = 'fd9cd9db1c6b2e8dc1c0b1bd718da65b';
our $IBMCLOUD_CRN = 'crn:v1:bluemix:public:cloud-object-storage:global:a/50b24517d64538331c2593d304fac2a7::';
our $IBMCLOUD_API_KEY_SHA256 = '2ef13e3dde45be2632f84772da1d9a60c1c41460938070804c014ce141de1e40';
our $IBMCLOUD_API_KEY_EXAMPLE = '************';
our $from_env = $ENV{IBMCLOUD_API_KEY};
1;
