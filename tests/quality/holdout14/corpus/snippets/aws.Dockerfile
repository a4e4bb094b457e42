FROM python:3.12-slim
WORKDIR /app
ENV AWS=AKIAOHHM5RY6PA66B7NP
ENV AWS_SECRET=M/nMaVVXQXicwGDkwCyGjshWppii+dbIFNT9pjsB
# docs sample for aws: AKIAIOSFODNN7EXAMPLE
# docs sample for aws: 435908728968
# key shown in dashboard: AKIAIK************QLEA
ENV AWS_API_KEY=REPLACE_ME
ARG AWS_ENV
CMD ["python", "-m", "sync"]
