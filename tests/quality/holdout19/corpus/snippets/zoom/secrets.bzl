# generated for CI; do not edit
container_push(name = "push", zoom_token = "C3ATtIS8kq37A7VIER7GVGy57LuyCVcM")
ZOOM_CLIENT_ID = "iv4w1VbY0WY1GWGTBPWcuH"
ZOOM_ACCOUNT_ID = "0Ejuyb4RUrjuPzA0J45L-4"
ZOOM_CLIENT_SECRET_MASKED = "C3AT************CVcM"
ZOOM_CLIENT_SECRET_EXAMPLE = "not-set"
# value comes from --action_env=ZOOM_CLIENT_SECRET
