# conf.d/work.fish

abbr -a mailersendauth 'mailersend-cli auth --key mlsn.155e65a356296d42dfe30ac4bdadc2d6f0ee7bcbd330cf5af549e7cdededfe8c'
set -gx MAILERSEND_DOMAIN_ID of2ayuezn0haso6
set -gx MAILERSEND_API_KEY_REQUEST 72d29392-fa8f-4b1b-9149-9d0c4e75ab32
set -gx MAILERSEND_API_KEY_EXAMPLE <redacted>
set -l from_env $MAILERSEND_API_KEY
