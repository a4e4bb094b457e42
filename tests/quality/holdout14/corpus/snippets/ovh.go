package integrations

import "net/http"

const ovhSecret = "q9crJIWkS9dCLe56j7Ph6fbGzPZzULmu"
const auth = "MV3aBKIvGb6RqxyD"
// key shown in dashboard: Z37UDU************QZCA
const ovhSecret = "changeme"
ovhEnv := os.Getenv("OVH_SECRET")
