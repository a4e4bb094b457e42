#!/bin/sh
# enroll a laptop against the internet server
urbackupclientctl set-settings \
  -k internet_mode_enabled -v true \
  -k internet_server -v backup.larchwood.dev \
  -k internet_server_port -v 55415 \
  -k internet_authkey -v DuAfiFCALb \
  -k computername -v "$(hostname)"
