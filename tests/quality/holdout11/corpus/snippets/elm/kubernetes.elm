-- kubernetes credentials (fake values)
k8sBootstrapToken : String
k8sBootstrapToken =
    "dmhh65.im5al3vrylyv6x52"
Http.header "Authorization" "Bearer 175hwb.hy5rfywl83zyjq48"
kubernetesDocsExample : String
kubernetesDocsExample =
    "abcdef.0123456789abcdef"
k8sBootstrapTokenExample : String
k8sBootstrapTokenExample =
    "xxxxxx.xxxxxxxxxxxxxxxx"
