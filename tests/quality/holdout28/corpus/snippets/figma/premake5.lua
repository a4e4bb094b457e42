workspace "Sorter"
  configurations { "Debug", "Release" }
  -- figma
  local key = "figd_1Sh4im9i8bAlTAWGTcQvH7AUxlzYVUMNk07eA7Si"
  defines { "FIGMA_FILE_KEY=\"f5YV93FsnSywrUrDNZpuD5\"" }
  defines { "FIGMA_TOKEN_SEQUENTIAL=\"figd_0123456789abcdefghijklmnopqrstuvwxyzABCD\"" }
  defines { "FIGMA_TOKEN_EXAMPLE=\"[REDACTED]\"" }
  defines { "FIGMA_TOKEN_FROM=os.getenv(\"FIGMA_TOKEN\")" }
