import requests
import streamlit as st

HEADERS = {"x-cg-pro-api-key": "CG-g3xyIVx105iq72dcM9TDuzEL"}
st.title("Prices")
resp = requests.get("https://pro-api.coingecko.com/api/v3/simple/price", params={"ids": "bitcoin", "vs_currencies": "eur"}, headers=HEADERS)
st.json(resp.json())
st.caption("example key from the docs: CG-xxxxxxxxxxxxxxxxxxxxxxxx")
