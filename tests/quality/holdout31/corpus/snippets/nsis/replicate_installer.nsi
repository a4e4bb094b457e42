Name "replicate agent"
OutFile "replicate-setup.exe"
; replicate settings for the cold-chain integration
!define REPLICATE_API_TOKEN "r8_4ISCvbt7dw0vIKNfepvuSiOVTJJ6oDBXsB24c"
; old value, already rotated out: REPLICATE_API_TOKEN d9bb970e19e306b1a0d92148d626cb09477ed833f0368fdcee867ae8ecbe0f86
!define REPLICATE_API_TOKEN_EXAMPLE "************"
!define REPLICATE_API_TOKEN_FROM_ENV "${REPLICATE_API_TOKEN}"
Section
SectionEnd
