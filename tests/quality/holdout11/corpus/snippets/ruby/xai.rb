# xai credentials (fake values)
XAI_API_KEY = ENV.fetch("XAI_API_KEY", 'xai-vwqinmrOMoHOOUWlkqkvfCKKgJoReFwD2EtF5dMV0uLYKij8l8wLNaK94ECTHI4PbtimfGWlm88AsNqL')
req['Authorization'] = 'Token xai-94CmmcQNDRQ9l0EtkLlIlA1lqBfetz2S2UnJVICJOCTnqbJugRiczvciA9neJpc5kcIMQSxXAkkvf0C1'
XAI_PLACEHOLDER = ENV.fetch("XAI_PLACEHOLDER", 'xai-...')
XAI_API_KEY_MASKED = ENV.fetch("XAI_API_KEY_MASKED", 'xai-vw...sNqL')
key = ENV["XAI_API_KEY"]
