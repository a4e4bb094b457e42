FROM python:3.12-slim
WORKDIR /app
RUN ./bin/fetch-assets --auth 814d8faa-b405-41a8-85ed-7611f8c92cc3
LABEL braze.app.id=7f95adb4-ea54-4d3c-a8bf-af7f576fdb9c
LABEL braze.rest.api.key.masked=3913eb************854a
LABEL braze.rest.api.key.example=YOUR_API_KEY_HERE
ARG BRAZE_REST_API_KEY
CMD ["python", "-m", "app"]
