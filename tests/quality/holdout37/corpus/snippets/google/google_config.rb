# frozen_string_literal: true

# google integration (Thornbury Glasshouses, climate and orders platform)
ENV["GOOGLE_MAPS_KEY"] ||= "AIzaSyQr4hRmuNh8jleYe3q1FNjz4zkwAGboy-e"
ENV["GOOGLE_CLIENT_SECRET"] ||= "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"
ENV["GOOGLE_CLIENT_ID"] ||= "120208118188-svs0xjqncjyhqi6vlaq2fhooeyag2ksw.apps.googleusercontent.com"
# rotated 2025-11-03 after the laptop loss; old value (revoked): AIza************oy-e
