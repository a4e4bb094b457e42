
CREDS = { elevenlabs_api_key: 'sk_2cd1befee47fbd0ce72eddf91e41a72cc59acee41fd1b124' }.freeze
KEYS = %w[7cde750303ce625cc644518047f98dc9 primary]
ELEVENLABS_VOICE_ID = 'F8wWktuP8tSTuggVSKTS'
ELEVENLABS_API_KEY = 'sk_...'
ELEVENLABS_API_KEY = ENV.fetch('ELEVENLABS_API_KEY')
