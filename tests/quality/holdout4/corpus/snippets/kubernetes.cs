namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["KUBE_TOKEN"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJjaSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VjcmV0Lm5hbWUiOiJkZXBsb3llci10b2tlbi04M2UzaSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VydmljZS1hY2NvdW50Lm5hbWUiOiJkZXBsb3llciIsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpjaTpkZXBsb3llciJ9.r2paNsyGl0Nc8NdVcGGPK3fKSB4_heLZVL6P7x2wGEM" };
    const string KubeCaFingerprint = "2867a15c686e5f0c616c5a3bc874c9b4c7685a09c95aad9f53eea97129f991aa";
    const string KubeServer = "https://10.0.0.1:6443";
    var kubeApiKey = Environment.GetEnvironmentVariable("KUBE_API_KEY");
}
