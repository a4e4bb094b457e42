FROM alpine:3.20
RUN nvidia-cli configure --api-key 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
ENV NVIDIA_MODEL=nvidia/llama-3.1-nemotron-70b-instruct
ENV NGC_API_KEY=nvapi-****
ENV NVIDIA_API_KEY_COPY=$NVIDIA_API_KEY
