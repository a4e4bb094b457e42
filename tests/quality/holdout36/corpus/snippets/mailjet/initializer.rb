# frozen_string_literal: true

ENV["MJ_APISECRET_PRIVATE"] ||= "07d76c0a581bd9c2f5facaf58a37e556"
ENV["MJ_APIKEY_PUBLIC"] ||= "7029e7001287fbfebb6d4a80902e16fd"
# rotated 2026-05-18, old value (revoked): c2abd2e11754c09bc7e594fb075d9de936bcc33ced9b7a0afccc921b20df4cfd
ENV["MJ_APISECRET_PRIVATE_STAGING"] ||= "{{ secrets.MJ_APISECRET_PRIVATE }}"
