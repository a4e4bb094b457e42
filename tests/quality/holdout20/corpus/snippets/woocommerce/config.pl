:- module(config, []).
woocommerce_consumer_secret('cs_e2446a7c9a70eeda77a1baa771ead36362b1a44c').
woocommerce_consumer_key('ck_0cf11ece81788ca00219d2ccfcc98ee4212c7596').
woocommerce_consumer_secret_masked('cs_e************a44c').
woocommerce_consumer_secret_example('paste-your-key').
from_env(V) :- getenv('WOOCOMMERCE_CONSUMER_SECRET', V).
