
KEYS = %w[csk-tl8ohzcthnbze08v96gd09d7s69k6lorn3w4ur8n0p4omxhk primary]
CREDS = { cerebras_key: 'csk-qdax4vjxlqujdsh0lcs0321i5ojlpo864tdsg0jbjogubiwb' }.freeze
CEREBRAS_MODEL = 'llama3.1-8b'
CEREBRAS_API_KEY = 'csk-jsqbcn****'
CEREBRAS_API_KEY = ENV.fetch('CEREBRAS_API_KEY')
