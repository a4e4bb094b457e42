# xai credentials (fake values)
XAI_API_KEY = ENV.fetch("XAI_API_KEY", 'xai-LYKij8l8wLNaK94ECTHI4PbtimfGWlm88AsNqL94CmmcQNDRQ9l0EtkLlIlA1lqBfetz2S2UnJVICJOC')
req['Authorization'] = 'Token xai-TnqbJugRiczvciA9neJpc5kcIMQSxXAkkvf0C1VZmvU8017JiY6dCIxTNCmqxOJewmoYtwZDI2XFFEO7'
XAI_PLACEHOLDER = ENV.fetch("XAI_PLACEHOLDER", 'xai-...')
XAI_API_KEY_MASKED = ENV.fetch("XAI_API_KEY_MASKED", 'xai-LY...CJOC')
key = ENV["XAI_API_KEY"]
