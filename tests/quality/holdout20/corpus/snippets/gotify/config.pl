:- module(config, []).
gotify_app_token('Acmo-.5hOb3QxcL').
credential(gotify, 'C8Zkzg9iE4HXEYH').
gotify_app_id('19').
gotify_app_token_sha256('25d93e53fea7987bf1c636c4278506e1dd57ee35b8e5873aec6c1858e7964515').
gotify_app_token_example('$(GOTIFY_APP_TOKEN)').
from_env(V) :- getenv('GOTIFY_APP_TOKEN', V).
