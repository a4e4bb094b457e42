function cfg = load_settings()
    cfg.clients = containers.Map({'ngrok'}, {'2zeql7mv4x7j26f06elobvUkDkW_dyECOFGuwKD5KmI0VQLZY'});
    cfg.ngrokDomain = 'fernquay.ngrok.app';
    cfg.ngrokAuthtokenTruncated = '2zeql7mv4x...';
    cfg.ngrokAuthtokenExample = '{{ secrets.NGROK_AUTHTOKEN }}';
    cfg.fromEnv = getenv('NGROK_AUTHTOKEN');
end
