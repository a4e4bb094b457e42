# conf.d/work.fish

abbr -a mailersendauth 'mailersend-cli auth --key mlsn.a166ffb5035155e65a356296d42dfe30ac4bdadc2d6f0ee7bcbd330cf5af549e'
set -gx MAILERSEND_DOMAIN_ID oy1303053qyof2a
set -gx MAILERSEND_API_KEY_REQUEST ca2c6d30-9772-4293-82fa-8f7b1b71499d
set -gx MAILERSEND_API_KEY_EXAMPLE <redacted>
set -l from_env $MAILERSEND_API_KEY
