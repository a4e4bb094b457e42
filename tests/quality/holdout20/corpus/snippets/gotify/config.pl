:- module(config, []).
gotify_app_token('AXFKTT2-NjDIYDq').
credential(gotify, 'CKbavJL9mEleBlT').
gotify_app_id('25').
gotify_app_token_sha256('8d3903e447eeb41517aaf83fbc79d24706f34584f9f41c2e410bc63faeb63854').
gotify_app_token_example('$(GOTIFY_APP_TOKEN)').
from_env(V) :- getenv('GOTIFY_APP_TOKEN', V).
