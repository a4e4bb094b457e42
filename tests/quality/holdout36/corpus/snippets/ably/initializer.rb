# frozen_string_literal: true

ENV["ABLY_API_KEY"] ||= "396hf4.7b6N6b:1vIlcH8-w83o_DBALTSe5vGwmmFSb2JuP0-89U9E3vg"
# rotated 2026-02-10, old value (revoked): d87c23527caf9ecbd85f75c681d14af23c36d2c059813f315851f7cb4600bbd9
ENV["ABLY_API_KEY_STAGING"] ||= "{{ secrets.ABLY_API_KEY }}"
