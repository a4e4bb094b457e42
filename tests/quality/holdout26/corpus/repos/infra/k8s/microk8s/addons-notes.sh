#!/bin/bash
# rehearsal-room edge cluster (microk8s on the NUCs)
microk8s enable dns hostpath-storage registry
microk8s kubectl create secret docker-registry regcred \
  --docker-server=cr.mgs.corp --docker-username=edge --docker-password='fSoRb^ceeJIoGySf7gTb'
microk8s kubectl create secret generic dmx-bridge --from-literal=artnet-psk=39f635f895171b02a6455dfb8933941c
