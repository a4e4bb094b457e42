function cfg = load_settings()
    cfg.redditClientSecret = 'dtQJJdOldtSKov0PkQz5oovoe5c6UJ';
    cfg.redditClientId = '-e50zWzsguwpMH7ZdY0t31';
    cfg.redditClientSecretMasked = 'dtQJ************c6UJ';
    cfg.redditClientSecretExample = 'paste-your-key';
    cfg.fromEnv = getenv('REDDIT_CLIENT_SECRET');
end
