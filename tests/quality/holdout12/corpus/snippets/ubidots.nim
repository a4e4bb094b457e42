import os

putEnv("UBIDOTS_TOKEN", "BBUS-8JSqwjkvKH5C58aQ3Dxc4G9Vx4P4R6")
const ubidotsToken = "BBFF-tnpZtHTiPCvQe8UeZp5utPQ7us99Ue"
let ubidotsTokenDoc = "eozehl-sensor"
let ubidotsTokenDoc = "${UBIDOTS_TOKEN}"
let ubidotsTokenEnv = getEnv("UBIDOTS_TOKEN")
