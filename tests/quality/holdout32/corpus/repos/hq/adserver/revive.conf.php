<?php
$conf['database']['username'] = 'revive';
$conf['database']['password'] = 'okVw3kyPkdbIeXSh';
$conf['gam']['service_account_key_id'] = '0885be0fdf9195b5b87980bab61aed494842b769';
$conf['prebid']['rubicon_secret'] = '3GG6sPjBif7fsqzWD2oREDNVueysBcdI';
$conf['webhook'] = 'https://hooks.slack.com/services/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';
