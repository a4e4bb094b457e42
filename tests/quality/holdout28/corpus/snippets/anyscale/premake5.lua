workspace "Sorter"
  configurations { "Debug", "Release" }
  defines { "ANYSCALE_API_KEY=\"esecret_ddxf5zn61xufg7b672ebe48ye2\"" }
  defines { "ANYSCALE_SERVICE_ID=\"service2_tl2x56t25rjjquhcn008\"" }
  defines { "ANYSCALE_API_KEY_SHA256=\"71e4d8243c8aa26ae9aaf09a051c1b87982e244ffecfedd871b96c09ef3334e8\"" }
  defines { "ANYSCALE_API_KEY_EXAMPLE=\"************\"" }
  defines { "ANYSCALE_API_KEY_FROM=os.getenv(\"ANYSCALE_API_KEY\")" }
