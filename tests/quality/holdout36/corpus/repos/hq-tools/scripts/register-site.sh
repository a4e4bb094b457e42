curl -s https://assets.brackenfell.internal/api/sites \
  -H "X-Api-Token: PYdhpJWUWimyGbJKFJ59\
LmVAaKekH9HwJ2XUOKLQ" \
  -d @site.json
