workspace "Sorter"
  configurations { "Debug", "Release" }
  -- figma
  local key = "figd_Uec5kcewmkqjnU91Sh4im9i8bAlTAWGTcQvH7AUx"
  defines { "FIGMA_FILE_KEY=\"O8fm3zQxxtt2fMU5XVT1AD\"" }
  defines { "FIGMA_TOKEN_SEQUENTIAL=\"figd_0123456789abcdefghijklmnopqrstuvwxyzABCD\"" }
  defines { "FIGMA_TOKEN_EXAMPLE=\"[REDACTED]\"" }
  defines { "FIGMA_TOKEN_FROM=os.getenv(\"FIGMA_TOKEN\")" }
