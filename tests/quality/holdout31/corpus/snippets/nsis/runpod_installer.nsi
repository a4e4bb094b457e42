Name "runpod agent"
OutFile "runpod-setup.exe"
; runpod settings for the cold-chain integration
; this one is the runpod api key
!define TMPVAL "rpa_TT280KU6W3P3GKR579R5JTI2FMXBX1SFSGCWAP74"
!define RUNPOD_ENDPOINT_ID "clxfdbva00gpz1"
; rotated 2026-03, no longer valid: RUNPOD_API_KEY rpa_************AP74
!define RUNPOD_API_KEY_EXAMPLE "YOUR_RUNPOD_API_KEY_HERE"
!define RUNPOD_API_KEY_FROM_ENV "${RUNPOD_API_KEY}"
Section
SectionEnd
