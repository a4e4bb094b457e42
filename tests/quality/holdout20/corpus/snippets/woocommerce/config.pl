:- module(config, []).
woocommerce_consumer_secret('cs_ead36362b1a44c0cf11ece81788ca00219d2ccfc').
woocommerce_consumer_key('ck_c98ee4212c7596c5b632cba3236dd304ed0601e5').
woocommerce_consumer_secret_masked('cs_e************ccfc').
woocommerce_consumer_secret_example('paste-your-key').
from_env(V) :- getenv('WOOCOMMERCE_CONSUMER_SECRET', V).
