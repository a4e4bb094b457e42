#!/bin/sh
# run on the new worker in the summit rack
kubeadm join 10.40.9.10:6443 --token dur3v5.okta60oysanuerzy \
    --discovery-token-ca-cert-hash sha256:fff03628cfb722429eb334fdf8278daa6f240616b720e7f5bc20d5aef8c37109
