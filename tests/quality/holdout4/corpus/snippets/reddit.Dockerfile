FROM alpine:3.20
RUN reddit-cli configure --api-key m2IwwnRosRrbRpV0amxVkkqS7hs1S3
ENV REDDIT_CLIENT_ID=8zRD6RfGW4B8MgegmYoLEc
ENV REDDIT_USER_AGENT=acme-bot/1.0 by u/acme
ENV REDDIT_API_KEY_COPY=$REDDIT_API_KEY
