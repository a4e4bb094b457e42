// pre-built redirect for the partner portal (the token is percent-encoded by the partner)
export const PARTNER_SSO = 'https://partner.acme.example/sso?return=%2Fdashboard&token=dt0c01.Q36CW3KJJOKY378608YJ5UGD.HJNLC33Y5CG398LVAHR09WYYGXJQRVXY89103HVZHXYQR60ERIHWANSY7EP6EBVS';
export const DOCS = 'https://docs.acme.example/search?q=%22api%20key%22&page=2';
export const MAP_STYLE = 'https://api.mapbox.com/styles/v1/acme/clx9k2m7q00ab01qz3f8h4j2k?access_token=pk.eyJ1IjoiYWNtZXhiaXgiLCJhIjoiY2xxaXU0cGhoNzNhd3ZncnR2eXZybmFtNCJ9.Ts3ABFCMZ9ZTtnBvq9dKgr';
