FROM python:3.12-slim
WORKDIR /app
RUN ./bin/fetch-assets --auth 2kkyhoT8bxSGAtBtwLGma1tCyyX_2eSGJN1zdY6L31C0EnfFZ
LABEL ngrok.tunnel.id=tn_24cXJryoOgLOi85myF1tNYCh8dW
LABEL ngrok.authtoken.masked=2BO30k************CXw9
LABEL ngrok.authtoken.example=YOUR_API_KEY_HERE
ARG NGROK_AUTHTOKEN
CMD ["python", "-m", "app"]
