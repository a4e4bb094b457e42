#!/bin/sh
# run on a new stage-pc node; token expires in 24h (kubeadm token create --print-join-command)
kubeadm join 10.40.0.10:6443 --token 8kk7dd.y58h0nvkod9atq0m \
    --discovery-token-ca-cert-hash sha256:efa889f18c11959778d0a6e93030124c2b3fcf6d883f2be784397b4f1e3ef97e
