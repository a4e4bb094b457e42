module Credentials

client = KubernetesClient(; token = "wa3pvi.sywiy0rar8r7hffm")
const KUBE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmNpOmRlcGxveWVyIn0.h6RZxBSrwI0nRjFic99B-w5w4uWTA35CxBrN5bIr8Jl"
const KUBE_CA_HASH = "sha256:49dbf7c67c575569484b92aee55862d667c002f59c9148d34ddab30f9487b9ed"
const KUBE_CLUSTER_SERVER = "https://10.234.0.1:6443"
const KUBEADM_TOKEN_SEQUENTIAL = "wa3pvi.0123456789abcdef"
const KUBEADM_TOKEN_EXAMPLE = "not-set"
kubeadm_token_env = get(ENV, "KUBEADM_TOKEN", "")

end
