# seasonal worker payroll import (Abacus), head office
ABACUS_URL = "https://abacus.alpenbahn.internal/api/entity/v1"
ABACUS_CLIENT_ID = "69b1af4f-408a-4c57-9153-2dac0f992030"
ABACUS_CLIENT_SECRET = "1C7KiUNpwLDuvD39HA9IxGPWJDiDyprKUng0jNMb"
AHV_SALT = "869f5aad5205559f8a8469ac9e3ba93d"  # pseudonymises AHV numbers in the warehouse
EXAMPLE_IBAN = "CH9300762011623852957"
