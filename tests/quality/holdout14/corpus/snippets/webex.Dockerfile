FROM python:3.12-slim
WORKDIR /app
ENV CFG=rIRzfOReEswGlXWpNitfE0asxW49BhSUJXby8e0ZoOWnnDOnhLZVWOJjygXiRhmx_Tfxd_4ebcf564-5e9c-4a0b-bb2f-adaf2a3e734f
RUN ./bin/webex-login --auth https://webexapis.com/v1/webhooks/incoming/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svxtItWLKQ22IZZbFRHvQgTkhsYF_qs1fC9i6Z-WhQcHmGL6Fp
# docs sample for webex: Y2lzY29zcGFyazovL3VzL1JPT00v_PlgnlikpSBOLxc8uA7lTCpi08OgYIFTMgbVM40hcjKLeGdD
# key shown in dashboard: Sk6vfG************81f4
ENV WEBEX_TOKEN=REPLACE_ME
ARG WEBEX_ENV
CMD ["python", "-m", "sync"]
