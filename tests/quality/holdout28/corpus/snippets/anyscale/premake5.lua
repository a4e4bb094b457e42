workspace "Sorter"
  configurations { "Debug", "Release" }
  defines { "ANYSCALE_API_KEY=\"esecret_rqtgafxbrfkyc645ijwiddxf5z\"" }
  defines { "ANYSCALE_SERVICE_ID=\"service2_n61xufg7b672ebe48ye2\"" }
  defines { "ANYSCALE_API_KEY_SHA256=\"8d899df9fa70109e88cfd65da014e93ffd75cadeb5cc1fea9eb29f4f064c698a\"" }
  defines { "ANYSCALE_API_KEY_EXAMPLE=\"************\"" }
  defines { "ANYSCALE_API_KEY_FROM=os.getenv(\"ANYSCALE_API_KEY\")" }
