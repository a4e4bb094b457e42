# frozen_string_literal: true

ENV["RIOT_API_KEY"] ||= "RGAPI-b2e5d081-6db0-45be-8fe9-3aec178d5e80"
# rotated 2026-02-12, old value (revoked): ee3168799a71453a8e5a777d7e70b0b44242dae6af079232e3c9d930ae32ea33
ENV["RIOT_API_KEY_STAGING"] ||= "{{ secrets.RIOT_API_KEY }}"
