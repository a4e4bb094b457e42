FROM python:3.12-slim
WORKDIR /app
RUN curl -fsS -H "Authorization: Bearer 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" https://api.example.org/warm
ENV SHOPIFY=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
# docs sample for shopify: 5bc3f25207acfaa93a93b223ec558391
# key shown in dashboard: shpat_************3bdb
ENV SHOPIFY_TOKEN=REPLACE_ME
ARG SHOPIFY_ENV
CMD ["python", "-m", "sync"]
