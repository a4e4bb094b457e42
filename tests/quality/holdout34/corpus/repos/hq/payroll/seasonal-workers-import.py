# seasonal worker payroll import (Abacus), head office
ABACUS_URL = "https://abacus.alpenbahn.internal/api/entity/v1"
ABACUS_CLIENT_ID = "add1f7d2-83d5-47fe-bcd9-1b10c6919b79"
ABACUS_CLIENT_SECRET = "Wbd7uJKlvEinEEqxCOGaDcE3MWBxQRBLiHxIn4Un"
AHV_SALT = "27f5aad11ce29afa71f6010df8436433"  # pseudonymises AHV numbers in the warehouse
EXAMPLE_IBAN = "CH9300762011623852957"
