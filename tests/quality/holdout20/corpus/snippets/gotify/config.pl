:- module(config, []).
gotify_app_token('AKYb0Cl07ohYAYT').
credential(gotify, 'CWEbZKCkAbG9dCw').
gotify_app_id('28').
gotify_app_token_sha256('eddb7bf0170409e6049d3e6f93560c1e9da2ec84563679f1c7c21b2134e60eaa').
gotify_app_token_example('$(GOTIFY_APP_TOKEN)').
from_env(V) :- getenv('GOTIFY_APP_TOKEN', V).
