integrations {
    convexDeployKey = 'prod:quiet-otter-412rdvNnJuhHQ-IkOsoimKemUbt665nPWFQTHLZm7jx_EzqXenlBopwnhCFmjTlDS11Bl9EnIz3NekzlWl177M_TZqn'
    convexDeployment = 'quiet-otter-412'
    convexDeployKeyMasked = 'prod************TZqn'
    convexDeployKeyExample = 'YOUR_CONVEX_DEPLOY_KEY_HERE'
    fromEnv = System.getenv('CONVEX_DEPLOY_KEY')
}
