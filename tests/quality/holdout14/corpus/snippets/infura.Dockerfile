FROM python:3.12-slim
WORKDIR /app
ENV KEY=e80649e851d8ffeaef485ea0971e091a
# docs sample for infura: 0x30890de5aa6e14399eac29c6d8c1c9661b3765ac
# key shown in dashboard: b48a6b************60d4
ENV INFURA_API_KEY=REPLACE_ME
ARG INFURA_ENV
CMD ["python", "-m", "sync"]
