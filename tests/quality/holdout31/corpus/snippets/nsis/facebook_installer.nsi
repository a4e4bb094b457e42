Name "facebook agent"
OutFile "facebook-setup.exe"
; facebook settings for the cold-chain integration
!define FB_APP_SECRET "be59eb78b8eac6dd10eafd2ef0071c9c"
!define FB_PAGE_TOKEN "EAABrfCpkCMpzlRF9oiMQVMIrvcq8rSO3gb5zzcDQJgCh9GDORyXt7Zkevx8kMsxr4ihjqKeeQnFctJCnqgTdWKyH3dccKmjqhCJffee1iuyX1suh0Xx0N6d3k4B14I4FoPEYR4oKHP0b0dSK1w7MHpNoj"
!define FB_APP_ID "0729991869514758"
; old value, already rotated out: FB_APP_SECRET 4f0b8a86b09ffd1f76acda08304217b3188e69db7afd4b477de6c099a4f63dfc
!define FB_APP_SECRET_EXAMPLE "************"
!define FB_APP_SECRET_FROM_ENV "${FB_APP_SECRET}"
Section
SectionEnd
