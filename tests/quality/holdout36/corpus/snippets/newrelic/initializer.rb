# frozen_string_literal: true

ENV["NEW_RELIC_API_KEY"] ||= "NRAK-71TTU5QLNQBPVCTHU2B2FGM4AZG"
ENV["NEW_RELIC_ACCOUNT_ID"] ||= "9094691"
# rotated 2026-08-14, old value (revoked): 9f7dabb7eeea81c2461a33fecad33659c82105e9e08b82f4dceef1ffc8949d60
ENV["NEW_RELIC_API_KEY_STAGING"] ||= "{{ secrets.NEW_RELIC_API_KEY }}"
