component {
    connect("adobe", "p8e-8gdyR1eqKkpyIIHQMPrreXNmt7obKspB");
    this.adobeClientId = "ac51fa901362f8f5760c778ce452fe40";
    this.adobeClientSecretMasked = "p8e-************KspB";
    this.adobeClientSecretExample = "paste-your-key";
    this.fromEnv = server.system.environment.ADOBE_CLIENT_SECRET;
}
