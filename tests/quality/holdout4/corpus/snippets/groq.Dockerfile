FROM alpine:3.20
RUN groq-cli configure --api-key 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
ENV GROQ_MODEL=llama-3.3-70b-versatile
ENV GROQ_API_KEY=gsk_your_api_key
ENV GROQ_API_KEY_COPY=$GROQ_API_KEY
