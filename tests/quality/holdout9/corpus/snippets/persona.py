import os

client = persona.Client(token="persona_production_bd201974-9397-427b-90dc-68c4c7dfa71d")
PERSONA_SANDBOX_KEY = "persona_sandbox_30ba945d-2752-42d3-b1dc-2d8bcd2c0ea7"
PERSONA_TEMPLATE_ID = "itmpl_edCVHNbhS76ZPE0zZDOu2Ea0"
PERSONA_INQUIRY = "inq_T2G5V42WqmPsyrOJy4aKGEcS"
PERSONA_TOKEN = os.environ["PERSONA_TOKEN"]
